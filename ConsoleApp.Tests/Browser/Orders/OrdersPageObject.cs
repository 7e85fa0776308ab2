using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Orders;

public sealed class OrdersPageObject(IPage page)
{
    public IPage Page => page;
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Orders", Exact = true });
    public ILocator Search => page.GetByRole(AriaRole.Textbox, new() { Name = "Search orders" });
    public ILocator Grid => page.GetByRole(AriaRole.Grid);
    public ILocator DataRows => Grid.Locator("tbody").GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link) });
    public ILocator Row(string sapOrderId) => Grid.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = $"Details of order {sapOrderId}", Exact = true }) });
    public ILocator AssignButton(string sapOrderId) => page.GetByRole(AriaRole.Button, new() { Name = $"Assign order {sapOrderId}", Exact = true });
    public ILocator DetailsLink(string sapOrderId) => page.GetByRole(AriaRole.Link, new() { Name = $"Details of order {sapOrderId}", Exact = true });
    public ILocator AssignPanel => page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Assign") }) });
    public ILocator DetailsPanel => page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Order details" }) });

    public async Task TypeSearchAsync(string text) => await Search.PressSequentiallyAsync(text, new() { Delay = 60 });

    /// <summary>Opens the Company drop-down, searches it and picks the account.</summary>
    public async Task ChooseCompanyAsync(string accountName)
    {
        await AssignPanel.Locator(".rz-dropdown").ClickAsync();
        var popup = page.Locator(".rz-dropdown-panel.rz-open");
        await popup.GetByRole(AriaRole.Combobox, new() { Name = "Search" }).PressSequentiallyAsync(accountName, new() { Delay = 30 });
        await popup.GetByRole(AriaRole.Option).Filter(new() { HasText = accountName }).First.ClickAsync();
    }

    public async Task ConfirmAssignAsync() =>
        await AssignPanel.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
}
