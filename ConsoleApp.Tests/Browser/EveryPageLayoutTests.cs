using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

/// <summary>
/// Every page each role reaches from its navigation (plus the detail pages behind it), at the common laptop size
/// 1440×900: every visible column header is at least as wide as its text and neither a page nor a grid scrolls
/// sideways (the measure of <see cref="LayoutMeasureTests"/>). The pages
/// come from the rendered navigation, so a page added to the menu is measured without touching this test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageLayoutTests(ConsoleServer server)
{
    /// <summary>Pages reached through a row rather than the menu.</summary>
    private static readonly Dictionary<string, string[]> DetailPages = new()
    {
        ["partner.admin@demo.test"] = ["/accounts/1", "/marketplace/orders?account=1", "/marketplace/orders/history?account=1"],
        ["customer@demo.test"] = ["/marketplace/orders/history"],
    };

    [Theory]
    [InlineData("partner.admin@demo.test")]
    [InlineData("partner.staff@demo.test")]
    [InlineData("account.admin@demo.test")]
    [InlineData("customer@demo.test")]
    [InlineData("customer.admin@demo.test")]
    [InlineData("reseller.admin@demo.test")]
    [InlineData("reseller.user@demo.test")]
    [InlineData("employee@demo.test")]
    [InlineData("tailspin.employee@demo.test")]
    [InlineData("manager@demo.test")]
    public async Task EveryPageOfTheRole_At1440x900_HeadersFitTheirTextAndNoSidewaysScroll(string email)
    {
        var page = await server.SignInAsync(email);
        await page.SetViewportSizeAsync(1440, 900);
        var menu = await page.Locator("nav[aria-label='Main'] a[href]").EvaluateAllAsync<string[]>(
            "links => links.map(a => new URL(a.href).pathname + new URL(a.href).search)");
        var paths = menu.Concat(DetailPages.GetValueOrDefault(email, [])).Distinct().ToList();
        Assert.NotEmpty(menu);

        var problems = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await ConsoleServer.WaitForCircuitAsync(page);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.GetByText("Loading…")).ToHaveCountAsync(0);
            var result = await page.EvaluateAsync<LayoutMeasureTests.MeasureResult>(LayoutMeasureTests.Measure);
            problems.AddRange(result.Problems.Select(p => $"{path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
