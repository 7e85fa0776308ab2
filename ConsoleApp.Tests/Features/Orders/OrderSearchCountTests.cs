using System.Collections.Concurrent;
using System.Data.Common;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// The search's total comes from one probe statement: capped counts of the matching values in the view and of the
/// orders of matching accounts that match by no value. These check that it is exact below the cap (an order matching
/// both ways counts once), that another partner's orders never count or show, and how many statements a search sends.
/// </summary>
public sealed class OrderSearchCountTests
{
    private static async Task<OrderPage> SearchAsync(TestConsole console, OrderQuery query, PageRequest? page = null)
    {
        await using var scope = console.As(TestUsers.PartnerAdmin);
        return await console.Get<OrderService>(scope).SearchAsync(query, page ?? new PageRequest());
    }

    [Theory, AllProviders]
    public async Task Count_OrdersMatchingByValueAndByAccount_CountOnceUpToTheCap(DatabaseProvider provider)
    {
        // "blue" matches the orders of Blue Harbor Logistics (account 2) by account name, and three of them also by
        // their customer PO; two orders of other accounts match by value only.
        var matches = await MatchesAsync(provider, limit: null);
        Assert.False(matches.TotalIsCapped);
        Assert.Equal(matches.Items.Count, matches.Total);
        Assert.Equal(matches.Items.Count, matches.Items.Select(r => r.Id).Distinct().Count());
        Assert.Contains(matches.Items, r => r.AccountName == "Blue Harbor Logistics" && r.CustomerPoNumber.StartsWith("BLUE-", StringComparison.Ordinal));

        // At the cap the count is still exact (counting an order twice would make it "more than"); one below, capped.
        var atCap = await MatchesAsync(provider, limit: matches.Total);
        var belowCap = await MatchesAsync(provider, limit: matches.Total - 1);
        Assert.Equal((matches.Total, false), (atCap.Total, atCap.TotalIsCapped));
        Assert.Equal((matches.Total - 1, true), (belowCap.Total, belowCap.TotalIsCapped));
        Assert.Equal(matches.Items.Take(25).Select(r => r.Id), atCap.Items.Select(r => r.Id));
        Assert.Equal(matches.Items.Take(25).Select(r => r.Id), belowCap.Items.Select(r => r.Id));
    }

    private static async Task<OrderPage> MatchesAsync(DatabaseProvider provider, int? limit)
    {
        await using var console = await TestConsole.StartAsync(provider, settings: limit is { } l ? new() { ["Orders:SearchCountLimit"] = l.ToString(System.Globalization.CultureInfo.InvariantCulture) } : null);
        for (var i = 0; i < 3; i++) await OrderTestData.AddAsync(console, $"BB-{i}", DateTime.UtcNow.AddDays(200), accountId: 2, customerPo: $"BLUE-B{i}");
        for (var i = 0; i < 2; i++) await OrderTestData.AddAsync(console, $"BV-{i}", DateTime.UtcNow.AddDays(200), customerPo: $"BLUE-V{i}");
        return await SearchAsync(console, new OrderQuery(Search: "blue"), new PageRequest(0, limit is null ? 500 : 25));
    }

    [Theory, AllProviders]
    public async Task Search_AnotherPartnersMatches_NeverShowOrCount(DatabaseProvider provider)
    {
        // Partner 2 has orders whose values start with "tn-" (one of them assigned to its own account) and orders of an
        // account named "Highland Brewing"; partner 1 has three "tn-" orders. Narrow (the default limit) and broad (a
        // limit of 2), All and Unassigned views: only partner 1's three orders count and show. At a limit of 3 the count
        // is exact only if no part of the probe (SQL text on SQLite) counts partner 2's four matches.
        foreach (var limit in new[] { "1000", "3", "2" })
        {
            await using var console = await TestConsole.StartAsync(provider, settings: new() { ["Orders:SearchCountLimit"] = limit, ["Orders:SearchWindow"] = "2" });
            for (var i = 0; i < 3; i++) await OrderTestData.AddAsync(console, $"TN-M{i}", DateTime.UtcNow.AddDays(200));
            for (var i = 0; i < 4; i++)
                await OrderTestData.AddAsync(console, $"TN-O{i}", DateTime.UtcNow.AddDays(200), partnerId: DemoData.OtherPartnerId,
                    accountId: i == 0 ? DemoData.OtherPartnerAccountId : null, customerPo: $"TN-C{i}");

            var capped = limit == "2";
            foreach (var view in new[] { OrderView.All, OrderView.Unassigned })
            {
                var page = await SearchAsync(console, new OrderQuery(view, "tn-"));
                Assert.Equal(["TN-M2", "TN-M1", "TN-M0"], page.Items.Select(r => r.SapOrderId));
                Assert.Equal((capped ? 2 : 3, capped), (page.Total, page.TotalIsCapped));
            }
            var byOtherAccount = await SearchAsync(console, new OrderQuery(Search: "highland"));
            Assert.Equal((0, false), (byOtherAccount.Total, byOtherAccount.TotalIsCapped));
            Assert.Empty(byOtherAccount.Items);
        }
    }

    [Fact]
    public async Task Search_StatementsSent_OneWithoutMatchesTwoForANarrowSearch()
    {
        // Each statement is an EF round trip with its own fixed cost: the probe carries every count, and a search
        // that matches nothing needs no page at all.
        var commands = new CommandCounter();
        await using var console = await TestConsole.StartAsync(configure: s => s.ConfigureDbContext<ConsoleDbContext>(o => o.AddInterceptors(commands)));
        await OrderTestData.AddAsync(console, "SC-1", DateTime.UtcNow.AddDays(200), accountId: 2);

        async Task<int> StatementsAsync(OrderQuery query)
        {
            await using var scope = console.As(TestUsers.PartnerAdmin);
            var orders = console.Get<OrderService>(scope);
            await orders.SearchAsync(query, new PageRequest()); // compiled and cached
            commands.Sql.Clear();
            commands.Recording.Value = true; // this flow only: background services of the console may query meanwhile
            var page = await orders.SearchAsync(query, new PageRequest());
            commands.Recording.Value = false;
            Assert.Equal(query.Search == "zzz-none" ? 0 : 1, page.Total);
            return commands.Sql.Count;
        }

        Assert.Equal(1, await StatementsAsync(new OrderQuery(Search: "zzz-none")));
        Assert.Equal(1, await StatementsAsync(new OrderQuery(OrderView.Unassigned, "zzz-none")));
        Assert.Equal(2, await StatementsAsync(new OrderQuery(Search: "sc-1"))); // probe, page with the account names
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Sql { get; } = new();
        public AsyncLocal<bool> Recording { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Recording.Value) Sql.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            if (Recording.Value) Sql.Enqueue(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
