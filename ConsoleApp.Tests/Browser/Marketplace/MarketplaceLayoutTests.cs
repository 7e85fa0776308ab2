using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Marketplace;

/// <summary>
/// The marketplace pages as a user sees them: at 1440×900 every column header fits its text, rows stay one or two
/// lines and nothing scrolls sideways; at 1280, 1920 and 390 (a phone) nothing scrolls sideways either; no serious
/// or critical axe violations. Screenshots of each width land in bin/.../screenshots/marketplace/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MarketplaceLayoutTests(ConsoleServer server)
{
    private const string RowHeights = "() => [...document.querySelectorAll('main tbody tr.mud-table-row')].map(r => r.getBoundingClientRect().height)";

    [Theory]
    [InlineData("/marketplace/orders", "Marketplace orders")]
    [InlineData("/marketplace/orders?account=1", "Recent orders")]
    [InlineData("/marketplace/orders/history?account=1", "Historical orders")]
    [InlineData("/marketplace/orders/history?account=1&filter=all", "Historical orders")]
    public async Task GridPage_At1440x900_HeadersFitRowsStayShortNoSidewaysScroll(string path, string heading)
    {
        var page = await server.SignInAsync("partner.admin@demo.test", path);
        await page.SetViewportSizeAsync(1440, 900);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        // Measured once the live grid has its rows: the first paint's rows give way to it, and in between there are none.
        await Assertions.Expect(page.Locator("main section.pc-grid[data-interactive=true] tbody tr.mud-table-row").First).ToBeVisibleAsync();

        var result = await page.EvaluateAsync<LayoutMeasureTests.MeasureResult>(LayoutMeasureTests.Measure);
        var heights = await page.EvaluateAsync<double[]>(RowHeights);

        Assert.True(result.Headers > 0, "no column headers were measured");
        Assert.True(result.Problems.Length == 0, string.Join("\n", result.Problems));
        // Two lines at most (order and item count, date and time): long texts are cut, not wrapped.
        Assert.True(heights.Max() <= 64, $"rows up to {heights.Max():0} px high");
        // Every visible column is on screen: the grid does not scroll sideways inside itself either.
        var inner = await page.EvaluateAsync<int[]>("() => { const c = document.querySelector('main .mud-table-container'); return [c.scrollWidth, c.clientWidth]; }");
        Assert.True(inner[0] <= inner[1], $"the grid scrolls sideways: {inner[0]} > {inner[1]}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(1440, 900)]
    [InlineData(1920, 1080)]
    [InlineData(390, 844)]
    public async Task Pages_AtCommonWidths_NoSidewaysScroll(int width, int height)
    {
        var orderId = await FailedOrderIdAsync();
        var paths = new[]
        {
            ("/marketplace/orders", "Marketplace orders", "picker"),
            ("/marketplace/orders?account=1", "Recent orders", "recent"),
            ("/marketplace/orders/history?account=1&filter=all", "Historical orders", "history-all"),
            ("/marketplace/orders/new?account=1", "New change order", "new"),
            ($"/marketplace/orders/{orderId}?account=1", null, "details"),
        };
        var page = await server.SignInAsync("partner.admin@demo.test", paths[0].Item1);
        await page.SetViewportSizeAsync(width, height);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots", "marketplace");
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        foreach (var (path, heading, name) in paths)
        {
            await page.GotoAsync(path);
            await ConsoleServer.WaitForCircuitAsync(page);
            var h1 = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
            if (heading is not null) await Assertions.Expect(h1).ToHaveTextAsync(heading);
            else await Assertions.Expect(h1).ToContainTextAsync("Order #");
            await Assertions.Expect(page.Locator(".pc-loading-rows")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText("Loading…")).ToHaveCountAsync(0);
            var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (scroll[0] > scroll[1]) problems.Add($"{path}: page scrolls sideways ({scroll[0]} > {scroll[1]})");
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("partner.staff@demo.test", "/marketplace/orders", "Marketplace orders")]
    [InlineData("partner.staff@demo.test", "/marketplace/orders?account=1", "Recent orders")]
    [InlineData("partner.staff@demo.test", "/marketplace/orders/history?account=1&filter=all", "Historical orders")]
    [InlineData("partner.staff@demo.test", "/marketplace/orders/new?account=1", "New change order")]
    [InlineData("customer@demo.test", "/marketplace/orders/history", "Historical orders")]
    [InlineData("customer@demo.test", "details", null)]
    [InlineData("partner.staff@demo.test", "/marketplace/orders?account=abc", "Customer account not found")]
    public async Task Pages_Loaded_HaveNoSeriousAccessibilityViolations(string email, string path, string? heading)
    {
        if (path == "details") path = $"/marketplace/orders/{await FailedOrderIdAsync()}";
        var page = await server.SignInAsync(email, path);
        var h1 = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        if (heading is not null) await Assertions.Expect(h1).ToHaveTextAsync(heading);
        else await Assertions.Expect(h1).ToContainTextAsync("Order #");
        await Assertions.Expect(page.Locator(".pc-loading-rows")).ToHaveCountAsync(0);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await page.Context.CloseAsync();
    }

    private async Task<int> FailedOrderIdAsync()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        return await db.Set<MarketplaceOrder>().Where(o => o.AccountId == 1 && o.Status == OrderStatus.ProvisioningFailed).Select(o => o.Id).FirstAsync();
    }
}
