using ConsoleApp.Components.Features.Dashboard.Partner;
using ConsoleApp.Components.Features.Dashboard.Shared;

namespace ConsoleApp.Tests.Features.Dashboard;

/// <summary>The dashboard's shared pieces rendered on their own: the chart card and the counter tiles.</summary>
public sealed class DashboardSharedComponentTests
{
    private static readonly DateTime Monday = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task BarChartCard_NoFigures_ShowsItsEmptyText()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);

        var card = ctx.Render<BarChartCard>(p => p
            .Add(c => c.Title, "Orders per day").Add(c => c.TestId, "chart").Add(c => c.EmptyText, "No orders in these 30 days.")
            .Add(c => c.Figures, new ChartFigures(["A"], [new ChartBucket(Monday, [0])], 1)));

        Assert.Contains("No orders in these 30 days.", card.Markup);
        Assert.Empty(card.FindAll("table"));
    }

    [Fact]
    public async Task BarChartCard_Figures_TableListsNonEmptyBucketsWithTheirLinks()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var figures = new ChartFigures(["Unassigned", "Assigned"],
            [new ChartBucket(Monday, [3, 0]), new ChartBucket(Monday.AddDays(7), [0, 0]), new ChartBucket(Monday.AddDays(14), [1, 2])], 7);

        var card = ctx.Render<BarChartCard>(p => p
            .Add(c => c.Title, "Expiries per week").Add(c => c.TestId, "chart").Add(c => c.EmptyText, "None").Add(c => c.Stacked, true)
            .Add(c => c.Figures, figures)
            .Add(c => c.LinkFor, (bucket, series) => $"/orders?expires-from={bucket.Start:yyyy-MM-dd}&assigned={(series == 1 ? "yes" : "no")}"));

        Assert.Equal(2, card.FindAll("tbody tr").Count);
        var links = card.FindAll("[data-testid=chart-link]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/orders?expires-from=2026-11-30&assigned=no", "/orders?expires-from=2026-12-14&assigned=no", "/orders?expires-from=2026-12-14&assigned=yes"], links);
    }

    [Fact]
    public async Task CounterTiles_PartnerAdmin_TellsHowManyTilesItShows()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var counted = -1;

        var tiles = ctx.Render<CounterTiles>(p => p.Add(c => c.Counted, n => counted = n));

        tiles.WaitForAssertion(() => Assert.NotEmpty(tiles.FindAll(".pc-tile")));
        Assert.Equal(tiles.FindAll(".pc-tile").Count, counted);
        Assert.All(tiles.FindAll(".pc-tile"), a => Assert.StartsWith("/", a.GetAttribute("href")));
    }
}
