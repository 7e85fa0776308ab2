using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Orders;

public sealed class OrdersPageObject(IPage page)
{
    public IPage Page => page;
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Orders", Exact = true });
    public ILocator Search => page.GetByRole(AriaRole.Textbox, new() { Name = "Search orders" });
    public ILocator Grid => page.GetByRole(AriaRole.Region, new() { Name = "Orders", Exact = true }).GetByRole(AriaRole.Table);
    public ILocator DataRows => Grid.Locator("tbody").GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link) });
    public ILocator Row(string sapOrderId) => Grid.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = $"Details of order {sapOrderId}", Exact = true }) });
    public ILocator AssignButton(string sapOrderId) => page.GetByRole(AriaRole.Button, new() { Name = $"Assign order {sapOrderId}", Exact = true });
    public ILocator SelectBox(string sapOrderId) => page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select order {sapOrderId}", Exact = true });
    public ILocator AssignSelected => page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Assign selected") });
    public ILocator DetailsLink(string sapOrderId) => page.GetByRole(AriaRole.Link, new() { Name = $"Details of order {sapOrderId}", Exact = true });
    public ILocator AssignPanel => page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Assign") }) });
    public ILocator DetailsPanel => page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Order details" }) });

    public async Task TypeSearchAsync(string text) => await Search.PressSequentiallyAsync(text, new() { Delay = 60 });

    /// <summary>Types into the Company picker (searched in the database as you type) and picks the account.</summary>
    public async Task ChooseCompanyAsync(string accountName)
    {
        await AssignPanel.GetByLabel("Company").PressSequentiallyAsync(accountName, new() { Delay = 30 });
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = accountName }).First.ClickAsync();
    }

    public async Task ConfirmAssignAsync() =>
        await AssignPanel.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
}
