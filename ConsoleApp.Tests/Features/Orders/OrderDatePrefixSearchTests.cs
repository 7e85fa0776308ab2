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
/// An expiry-date prefix (<c>2039-0</c>) matches the orders whose expiry date, as the page shows it (yyyy-MM-dd),
/// starts with it, and any other value starting with it (here a customer PO). With a count limit of 2 and a window
/// of 2 it is a broad search whose matches are not among the newest orders: on SQLite its page is read value by value
/// from the term index (one statement). It must give exactly what the narrow mode (every match collected and sorted)
/// gives: same orders, newest purchase first, only the user's partner, only the view's orders. On PostgreSQL the same
/// statement is written for PostgreSQL (OrderService.PostgresValueScan.cs); every test runs on both providers.
/// </summary>
public sealed class OrderDatePrefixSearchTests
{
    private static readonly Dictionary<string, string?> Broad = new() { ["Orders:SearchCountLimit"] = "2", ["Orders:SearchWindow"] = "2" };

    /// <summary>Added oldest purchase first (each order's purchase time is taken when it is added).</summary>
    private static async Task AddOrdersAsync(TestConsole console)
    {
        var march = new DateTime(2039, 3, 10, 9, 0, 0, DateTimeKind.Utc);
        var july = new DateTime(2039, 7, 20, 17, 30, 0, DateTimeKind.Utc);
        await OrderTestData.AddAsync(console, "DT-0", march);
        await OrderTestData.AddAsync(console, "DT-1", july);
        await OrderTestData.AddAsync(console, "DT-2", march);
        await OrderTestData.AddAsync(console, "DT-3", july);
        await OrderTestData.AddAsync(console, "DT-4", march);
        await OrderTestData.AddAsync(console, "DT-5", new DateTime(2039, 11, 5, 0, 0, 0, DateTimeKind.Utc)); // 2039-11-05: no match
        await OrderTestData.AddAsync(console, "DT-6", july, accountId: DemoData.AccountId);                  // assigned
        await OrderTestData.AddAsync(console, "DT-7", march, partnerId: DemoData.OtherPartnerId);             // another partner's
        await OrderTestData.AddAsync(console, "DT-8", new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc), customerPo: "2039-05-PO"); // by its PO
    }

    private static async Task<OrderPage> SearchAsync(TestConsole console, OrderQuery query, PageRequest? page = null)
    {
        await using var scope = console.As(TestUsers.PartnerAdmin);
        return await console.Get<OrderService>(scope).SearchAsync(query, page ?? new PageRequest(0, 100));
    }

    [Theory, AllProviders]
    public async Task DatePrefix_AllView_ExpiryDatesAndOtherValuesWithThePrefix_NewestPurchaseFirst_FromOneValueScan(DatabaseProvider provider)
    {
        var statements = new StatementSink();
        await using var console = await TestConsole.StartAsync(provider, settings: Broad,
            configure: s => s.ConfigureDbContext<ConsoleDbContext>(o => o.AddInterceptors(statements)));
        await AddOrdersAsync(console);

        statements.Clear();
        var page = await SearchAsync(console, new OrderQuery(Search: "2039-0"));

        Assert.Equal(["DT-8", "DT-6", "DT-4", "DT-3", "DT-2", "DT-1", "DT-0"], page.Items.Select(r => r.SapOrderId));
        Assert.Equal("Acme Dental Group", page.Items.Single(r => r.SapOrderId == "DT-6").AccountName);
        Assert.True(page.TotalIsCapped);
        Assert.Single(statements.Sql, s => s.Contains("WITH RECURSIVE", StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task DatePrefix_UnassignedView_LeavesOutAssignedOrders(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider, settings: Broad);
        await AddOrdersAsync(console);

        var page = await SearchAsync(console, new OrderQuery(OrderView.Unassigned, "2039-0"));

        Assert.Equal(["DT-8", "DT-4", "DT-3", "DT-2", "DT-1", "DT-0"], page.Items.Select(r => r.SapOrderId));
    }

    [Theory]
    [AllProviders(OrderView.All, "2039-0", new[] { "DT-4", "DT-3" })]
    [AllProviders(OrderView.Unassigned, "2039-0", new[] { "DT-3", "DT-2" })]
    [AllProviders(OrderView.All, "2039-07-2", new[] { "DT-1" })]  // the July orders: DT-6, DT-3, DT-1
    [AllProviders(OrderView.Unassigned, "2039-07", new string[0])] // DT-3, DT-1: nothing after the first page of 2
    public async Task DatePrefix_SecondPageOfTwo_ContinuesInPurchaseOrder(OrderView view, string search, string[] expected, DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider, settings: Broad);
        await AddOrdersAsync(console);

        var page = await SearchAsync(console, new OrderQuery(view, search), new PageRequest(Skip: 2, Take: 2));

        Assert.Equal(expected, page.Items.Select(r => r.SapOrderId));
    }

    [Theory]
    [AllProviders(OrderView.All, "2039-0")]
    [AllProviders(OrderView.All, "2039-03-1")]
    [AllProviders(OrderView.All, "2039-")]
    [AllProviders(OrderView.Unassigned, "2039-0")]
    [AllProviders(OrderView.Unassigned, "2039-07-20")]
    public async Task DatePrefix_BroadMode_SameOrdersAsNarrowMode(OrderView view, string search, DatabaseProvider provider)
    {
        await using var broad = await TestConsole.StartAsync(provider, settings: Broad);
        await using var narrow = await TestConsole.StartAsync(provider);
        await AddOrdersAsync(broad);
        await AddOrdersAsync(narrow);

        var fromBroad = await SearchAsync(broad, new OrderQuery(view, search));
        var fromNarrow = await SearchAsync(narrow, new OrderQuery(view, search));

        Assert.False(fromNarrow.TotalIsCapped);
        Assert.NotEmpty(fromNarrow.Items);
        Assert.DoesNotContain(fromNarrow.Items, r => r.SapOrderId == "DT-7");
        Assert.Equal(fromNarrow.Items.Select(r => r.SapOrderId), fromBroad.Items.Select(r => r.SapOrderId));
    }

    /// <summary>The other partner's admin finds only its own order with the same expiry date.</summary>
    [Theory, AllProviders]
    public async Task DatePrefix_OtherPartner_FindsOnlyItsOwnOrders(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider, settings: Broad);
        await AddOrdersAsync(console);

        await using var scope = console.As(TestUsers.OtherPartner);
        var page = await console.Get<OrderService>(scope).SearchAsync(new OrderQuery(Search: "2039-0"), new PageRequest(0, 100));

        Assert.Equal(["DT-7"], page.Items.Select(r => r.SapOrderId).Where(id => id.StartsWith("DT-", StringComparison.Ordinal)));
    }

    private sealed class StatementSink : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _sql = new();
        public IReadOnlyList<string> Sql => _sql.ToList();
        public void Clear() => _sql.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _sql.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
