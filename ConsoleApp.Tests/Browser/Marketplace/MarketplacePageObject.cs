using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Marketplace;

public sealed class MarketplacePageObject(IPage page)
{
    public IPage Page => page;
    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true });
    public ILocator Banner => page.GetByRole(AriaRole.Region, new() { Name = "Customer view" });
    public ILocator Grid => page.GetByRole(AriaRole.Grid);
    public ILocator OrderLink(string name) => Grid.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator OrderRow(string name) => Grid.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });
    public ILocator AccountLink(string name) => Grid.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator Search(string label) => page.GetByRole(AriaRole.Textbox, new() { Name = label });
    public ILocator Status => page.GetByTestId("order-status");
    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Fills the change order form with a licence increase and submits it; returns the new order's name.</summary>
    public async Task<string> SubmitLicenceIncreaseAsync(int subscriptionId, int licences)
    {
        await page.GetByLabel("Change", new() { Exact = true }).SelectOptionAsync("LicenceIncrease");
        await page.GetByLabel("Subscription", new() { Exact = true }).SelectOptionAsync(subscriptionId.ToString());
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
