using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Marketplace;

public sealed class MarketplacePageObject(IPage page)
{
    public IPage Page => page;
    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true });
    public ILocator Banner => page.GetByRole(AriaRole.Region, new() { Name = "Customer view" });
    /// <summary>The grid's table (orders, or customer accounts in the picker).</summary>
    public ILocator Grid => page.Locator("main .pc-grid").GetByRole(AriaRole.Table);
    public ILocator OrderLink(string name) => Grid.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator OrderRow(string name) => Grid.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });
    public ILocator AccountLink(string name) => Grid.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator Search(string label) => page.GetByRole(AriaRole.Textbox, new() { Name = label });
    public ILocator Status => page.GetByTestId("order-status");
    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Opens the MudSelect labelled <paramref name="label"/> and picks the option starting with <paramref name="option"/>.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await page.Locator(".mud-select").Filter(new() { Has = page.Locator("label", new() { HasTextString = label }) }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new($"^\\s*{System.Text.RegularExpressions.Regex.Escape(option)}") }).First.ClickAsync();
    }

    /// <summary>Fills the change order form with a licence increase and submits it; returns the new order's name.</summary>
    public async Task<string> SubmitLicenceIncreaseAsync(string product, int licences)
    {
        await ChooseAsync("Subscription", product);
        await page.GetByLabel("Licences", new() { Exact = true }).FillAsync(licences.ToString());
        await Button("Add to order").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Changes in this order" }).GetByRole(AriaRole.Listitem))
            .ToContainTextAsync($"Licence increase: +{licences}");
        await Button("Submit order").ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/marketplace/orders/\d+"));
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToContainTextAsync("Order #");
        return (await heading.InnerTextAsync()).Trim();
    }
}
