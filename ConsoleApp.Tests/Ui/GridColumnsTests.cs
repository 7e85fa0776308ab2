using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Ui;

/// <summary>A live reload renders the grid's rows without setting every column's parameters again (GridColumns); the
/// page rendering hands the columns new parameters as before.</summary>
public sealed class GridColumnsTests
{
    private static readonly LiveFeed Feed = new(new LiveTopic("fruit"), Tenant.Partner(DemoData.PartnerId));

    [Fact]
    public async Task LiveReload_ColumnsKeepTheirParameters_PageRender_HandsNewOnes()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var rows = new List<GridHost.Row> { new("Apple", 1), new("Banana", 2) };
        var host = ctx.Render<ColumnsHost>(p => p.Add(h => h.Rows, rows).Add(h => h.Live, Feed));
        host.WaitForAssertion(() => Assert.Contains(">Banana<", host.Markup));
        var before = host.Instance.ColumnParametersSet;

        rows[1] = rows[1] with { Count = 99 };
        console.Services.GetRequiredService<IChangeNotifier>().Publish(Feed.Topic, "Banana", Feed.Tenant);

        // The cell shows the new row (its template, kept by the column, reads the row when the grid renders it) ...
        host.WaitForAssertion(() => Assert.Contains("<span class=\"count\">99</span>", host.Markup));
        // ... and the column was not handed its parameters again for it.
        Assert.Equal(before, host.Instance.ColumnParametersSet);

        // The page renders with a new column title: the column gets it.
        host.Render(p => p.Add(h => h.CountTitle, "How many"));
        host.WaitForAssertion(() => Assert.Contains("How many", host.Markup));
        Assert.True(host.Instance.ColumnParametersSet > before);
    }
}
