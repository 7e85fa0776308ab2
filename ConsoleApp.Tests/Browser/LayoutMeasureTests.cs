using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

/// <summary>
/// The grid pages at common desktop sizes (1280, 1440 and 1920 wide): every visible column header is at least as wide
/// as its text (no cut headers, no 0 px columns) and neither the page nor a grid scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutMeasureTests(ConsoleServer server)
{
    internal const string Measure = @"() => {
        const problems = [];
        const headers = [...document.querySelectorAll('main th')].filter(th => th.offsetParent !== null && th.innerText.trim().length > 0);
        for (const th of headers) {
            const style = getComputedStyle(th);
            const probe = document.createElement('span');
            probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
            probe.style.font = style.font;
            probe.style.letterSpacing = style.letterSpacing;
            probe.style.textTransform = style.textTransform;
            probe.textContent = th.innerText.trim();
            document.body.appendChild(probe);
            const text = probe.getBoundingClientRect().width;
            probe.remove();
            const room = th.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            if (room + 0.5 < text) problems.push(`${th.innerText.trim()}: ${room.toFixed(1)} px for ${text.toFixed(1)} px of text`);
        }
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
        // Nor does a grid: a column pushed out of its grid's view is as hidden as a 0 px one.
        for (const grid of [...document.querySelectorAll('main .mud-table-container')].filter(g => g.offsetParent !== null))
            if (grid.scrollWidth > grid.clientWidth + 1) {
                // Which columns take the room, so a failure says what to fix.
                const columns = [...grid.querySelectorAll('th')].filter(th => th.offsetParent !== null)
                    .map(th => `${th.innerText.trim() || '?'} ${Math.round(th.getBoundingClientRect().width)}`).join(', ');
                problems.push(`a grid scrolls sideways: ${grid.scrollWidth} > ${grid.clientWidth} (${columns})`);
            }
        return { headers: headers.length, problems };
    }";

    public static TheoryData<string, string, int> GridPages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in new[] { 1280, 1440, 1920 })
        {
            data.Add("/orders", "Orders", width);
            data.Add("/accounts", "Accounts", width);
            data.Add("/accounts/1", "Acme Dental Group", width);
            data.Add("/audit", "Audit trail", width);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GridPages))]
    public async Task GridPage_AtDesktopWidths_HeadersFitTheirTextAndNoSidewaysScroll(string path, string heading, int width)
    {
        var page = await server.SignInAsync("partner.admin@demo.test", path);
        await page.SetViewportSizeAsync(width, 900);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main tbody tr").First).ToBeVisibleAsync();

        var result = await page.EvaluateAsync<MeasureResult>(Measure);

        Assert.True(result.Headers > 0, "no column headers were measured");
        Assert.True(result.Problems.Length == 0, string.Join("\n", result.Problems));
        await page.Context.CloseAsync();
    }

    internal sealed class MeasureResult
    {
        public int Headers { get; set; }
        public string[] Problems { get; set; } = [];
    }
}
