using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Ui;

/// <summary>The grid's pager renders when what it shows changes (page, total) and not for a live reload that left both
/// as they were.</summary>
public sealed class GridPagerTests
{
    private static readonly LiveFeed Feed = new(new LiveTopic("fruit"), Tenant.Partner(1));

    [Fact]
    public async Task LiveReload_SameTotal_PagerDoesNotRender_NewRow_ItShowsTheNewTotal()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var rows = Enumerable.Range(1, 30).Select(i => new GridHost.Row($"Apple {i:00}", i)).ToList();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, rows).Add(h => h.Live, Feed));
        host.WaitForAssertion(() => Assert.Contains("1-25 of 30", Info(host)));
        var pager = host.FindComponent<GridPager<GridHost.Row>>();
        var renders = pager.RenderCount;
        var notifier = console.Services.GetRequiredService<IChangeNotifier>();

        // A row on the page changed: the rows render, the pager shows the same and does not.
        rows[0] = rows[0] with { Count = 99 };
        notifier.Publish(Feed.Topic, "Apple 01", Feed.Tenant);
        host.WaitForAssertion(() => Assert.Contains(">99<", host.Markup));
        Assert.Equal(renders, pager.RenderCount);

        // A new row: the total it shows changed.
        rows.Add(new GridHost.Row("Banana", 7));
        notifier.Publish(Feed.Topic, "Banana", Feed.Tenant);
        host.WaitForAssertion(() => Assert.Contains("1-25 of 31", Info(host)));
        Assert.True(pager.RenderCount > renders);
    }

    [Fact]
    public async Task NextPage_PagerShowsTheSecondPage()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var rows = Enumerable.Range(1, 30).Select(i => new GridHost.Row($"Apple {i:00}", i)).ToList();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, rows));
        host.WaitForAssertion(() => Assert.Contains("1-25 of 30", Info(host)));

        host.Find(".mud-table-pagination-actions button:nth-child(3)").Click();

        host.WaitForAssertion(() => Assert.Contains("26-30 of 30", Info(host)));
        Assert.Equal(5, host.FindAll("tbody tr.mud-table-row").Count);
        Assert.True(host.Find(".mud-table-pagination-actions button:nth-child(3)").HasAttribute("disabled"));
        Assert.False(host.Find(".mud-table-pagination-actions button:nth-child(1)").HasAttribute("disabled"));
    }

    private static string Info(IRenderedComponent<GridHost> host) =>
        string.Join(" ", host.FindAll(".mud-table-pagination-caption").Select(c => c.TextContent.Trim()));
}
