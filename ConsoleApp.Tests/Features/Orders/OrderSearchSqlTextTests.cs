using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// On SQLite the pages of a search in the All and Unassigned views, in the default order, are SQL text
/// (OrderService.SqlitePage.cs); the LINQ they replace is the contract. Sorting by purchase date, newest first, is the
/// same order (purchase date, then id, both descending) but always takes the LINQ page, so the two must return the same
/// rows (columns, account names, statuses) and totals, narrow and broad, on every page. On PostgreSQL both are LINQ.
/// </summary>
public sealed class OrderSearchSqlTextTests
{
    private static readonly string[] Terms = ["4", "46", "trk", "cpo-", "blue", "harbor", "2027", "st-", "zzz-none"];

    [Theory, AllProviders]
    public async Task Search_DefaultOrder_SameAsTheLinqPageSortedByPurchaseDate(DatabaseProvider provider)
    {
        // A count limit of 3 and a window of 5 make most of these terms broad (window page, value scan, term side);
        // the default limit keeps them narrow (the page driven from the matching ids).
        foreach (var settings in new Dictionary<string, string?>[] { new(), new() { ["Orders:SearchCountLimit"] = "3", ["Orders:SearchWindow"] = "5" } })
        {
            await using var console = await TestConsole.StartAsync(provider, settings: settings);
            // Orders of an account matching "blue" (Blue Harbor Logistics), some also by value; orders matching by value only.
            for (var i = 0; i < 3; i++) await OrderTestData.AddAsync(console, $"ST-A{i}", DateTime.UtcNow.AddDays(200), accountId: 2, customerPo: $"BLUE-A{i}");
            for (var i = 0; i < 3; i++) await OrderTestData.AddAsync(console, $"ST-B{i}", DateTime.UtcNow.AddDays(200), accountId: 2);
            for (var i = 0; i < 3; i++) await OrderTestData.AddAsync(console, $"ST-V{i}", DateTime.UtcNow.AddDays(i == 0 ? -1 : 200), customerPo: $"BLUE-V{i}");
            await using var scope = console.As(TestUsers.PartnerAdmin);
            var orders = console.Get<OrderService>(scope);

            var (compared, named) = (0, 0);
            foreach (var view in new[] { OrderView.All, OrderView.Unassigned })
            // Also an expiry-date prefix of the orders above (the value scan first).
            foreach (var term in Terms.Append(DateTime.UtcNow.AddDays(200).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
            foreach (var (skip, take) in new[] { (0, 25), (25, 25), (0, 4), (4, 4) })
            {
                var query = new OrderQuery(view, term);
                var bySql = await orders.SearchAsync(query, new PageRequest(skip, take));
                var byLinq = await orders.SearchAsync(query, new PageRequest(skip, take, nameof(OrderRow.PurchasedText), Descending: true));
                Assert.True(byLinq.Items.SequenceEqual(bySql.Items), $"{view} '{term}' skip {skip} take {take}: {string.Join(",", bySql.Items.Select(r => r.Id))} vs {string.Join(",", byLinq.Items.Select(r => r.Id))}");
                Assert.Equal((byLinq.Total, byLinq.TotalIsCapped), (bySql.Total, bySql.TotalIsCapped));
                compared += bySql.Items.Count;
                named += bySql.Items.Count(r => r.AccountName is not null);
            }
            // The comparison compared something: rows with and without account names, in both views.
            Assert.True(compared > 100 && named > 10, $"only {compared} rows compared, {named} with an account name");
        }
    }
}
