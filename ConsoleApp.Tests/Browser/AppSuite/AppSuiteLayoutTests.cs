using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.AppSuite;

/// <summary>
/// Every App Suite page for a portal Admin: no serious or critical accessibility violations; at 1280, 1440, 1920
/// and 390 px wide the page does not scroll sideways and (on the wide screens) every visible column header fits its
/// text. Screenshots at each width land in bin/.../screenshots/appsuite/ for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AppSuiteLayoutTests(ConsoleServer server)
{
    private const string Measure = @"() => {
        const problems = [];
        const headers = [...document.querySelectorAll('main th')].filter(th => th.offsetParent !== null && th.innerText.trim().length > 0);
        for (const th of headers) {
            const style = getComputedStyle(th);
            const probe = document.createElement('span');
            probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
            probe.style.font = style.font;
            probe.textContent = th.innerText.trim();
            document.body.appendChild(probe);
            const text = probe.getBoundingClientRect().width;
            probe.remove();
            const room = th.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            if (window.innerWidth >= 1000 && room + 0.5 < text) problems.push(`${th.innerText.trim()}: ${room.toFixed(1)} px for ${text.toFixed(1)} px of text`);
        }
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
        return { headers: headers.length, problems };
    }";

    [Theory]
    [InlineData("/appsuite/sites", "Sites")]
    [InlineData("/appsuite/vouchers", "Vouchers")]
    [InlineData("/appsuite/users", "Users")]
    [InlineData("/appsuite/register", "Register software")]
    public async Task Page_AtEveryWidth_NoSidewaysScrollHeadersFitAndNoSeriousAxeViolations(string path, string heading)
    {
        var page = await server.SignInAsync("reseller.admin@demo.test", path);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots", "appsuite");
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        foreach (var (width, height) in new[] { (1440, 900), (1280, 800), (1920, 1080), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            if (path != "/appsuite/register") await Assertions.Expect(page.Locator("main tbody tr").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Loading…")).ToHaveCountAsync(0);
            await page.WaitForTimeoutAsync(300);
            var result = await page.EvaluateAsync<MeasureResult>(Measure);
            problems.AddRange(result.Problems.Select(p => $"{width}px: {p}"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{path.Trim('/').Replace('/', '-')}-{width}.png"), FullPage = true });
            if (width == 1440)
            {
                var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
                problems.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"axe {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dialogs_SiteDetailsAndAssignVoucher_NoSeriousAxeViolations()
    {
        var page = await server.SignInAsync("reseller.admin@demo.test", "/appsuite/sites?q=18423");
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots", "appsuite");
        Directory.CreateDirectory(folder);
        await page.SetViewportSizeAsync(1440, 900);
        await ConsoleServer.WaitForInteractiveGridsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Details of site 18423" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog table").Filter(new() { Has = page.Locator("caption", new() { HasText = "Licences" }) })).ToBeVisibleAsync();
        var problems = await SeriousAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "site-details-1440.png") });
        await page.Keyboard.PressAsync("Escape");

        await page.GotoAsync("/appsuite/vouchers?status=Unused");
        await ConsoleServer.WaitForInteractiveGridsAsync(page);
        await page.Locator("main tbody tr button").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
        await page.Locator(".mud-dialog").GetByLabel("Site ID").FillAsync("18422");
        await Assertions.Expect(page.GetByTestId("assign-status")).ToContainTextAsync("Assign to 18422");
        problems.AddRange(await SeriousAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "assign-voucher-1440.png") });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> SeriousAsync(IPage page)
    {
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        return axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"axe {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
    }

    private sealed class MeasureResult
    {
        public int Headers { get; set; }
        public string[] Problems { get; set; } = [];
    }
}
