using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Devices;

/// <summary>
/// The device pages at laptop, desktop and phone widths: the orders grid's headers fit their text at 1440×900, no
/// page scrolls sideways at any width, and axe finds nothing serious. Screenshots land in bin/.../screenshots/devices.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeviceLayoutTests(ConsoleServer server)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots", "devices");

    [Theory]
    [InlineData("manager@demo.test", "/devices/orders", "Device orders")]
    [InlineData("employee@demo.test", "/devices/order", "Order a device")]
    [InlineData("manager@demo.test", "/devices/approvals", "Device approvals")]
    [InlineData("manager@demo.test", "/devices/orders/3", "Order DO-00003")]
    [InlineData("tailspin.employee@demo.test", "/devices/order", "Order a device")]
    public async Task DevicePage_AtEachWidth_NoSidewaysScrollAndNoSeriousAccessibilityViolations(string email, string path, string heading)
    {
        var page = await server.SignInAsync(email, path);
        Directory.CreateDirectory(Folder);
        var name = $"{email.Split('@')[0]}{path.Replace('/', '-')}";
        foreach (var (width, height) in new[] { (1440, 900), (1280, 800), (1920, 1080), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Loading…")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".pc-loading-rows")).ToHaveCountAsync(0);
            // MudBlazor moves the drawer out of the way after it hears of the new size (a resize listener, debounced):
            // give the layout up to two seconds to settle; if it still scrolls sideways, the measure below says so.
            try
            {
                await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth", null, new() { Timeout = 2000 });
            }
            catch (System.TimeoutException) { }
            var result = await page.EvaluateAsync<MeasureResult>(LayoutMeasureTests.Measure);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-{width}.png"), FullPage = true });
            // Headers are measured where the product promises it (1440 px); every width must not scroll sideways.
            var problems = width == 1440 ? result.Problems : result.Problems.Where(p => p.StartsWith("page scrolls sideways", StringComparison.Ordinal)).ToArray();
            Assert.True(problems.Length == 0, $"{width} px: {string.Join("\n", problems)}");
        }

        await page.SetViewportSizeAsync(1440, 900);
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OrdersGrid_At1440_NamesAndCarriersAreShownWhole()
    {
        var page = await server.SignInAsync("manager@demo.test", "/devices/orders");
        await page.SetViewportSizeAsync(1440, 900);
        await Assertions.Expect(page.Locator("main tbody tr").First).ToBeVisibleAsync();

        // A cell cut with an ellipsis, or wrapping inside a wide-enough column, shows as scrollWidth > clientWidth.
        var cut = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('main tbody td')]
            .filter(td => td.offsetParent !== null && td.scrollWidth > td.clientWidth + 1).map(td => td.innerText)");

        Assert.Empty(cut);
        await page.Context.CloseAsync();
    }

    private sealed class MeasureResult
    {
        public int Headers { get; set; }
        public string[] Problems { get; set; } = [];
    }
}
