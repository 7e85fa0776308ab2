using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Devices;

/// <summary>MudBlazor's drop-downs: open the select, then choose from its pop-up list.</summary>
internal static class MudPicker
{
    public static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}

public sealed class DeviceOrderPageObject(IPage page)
{
    /// <summary>Waits until the interactive render replaced the prerendered page (inputs before that are lost).</summary>
    public Task WaitReadyAsync() => Assertions.Expect(page.Locator("[data-testid=device-order][data-interactive=true]")).ToBeVisibleAsync();

    public ILocator Tab(string name) => page.GetByRole(AriaRole.Tab, new() { Name = name });
    public ILocator Make => page.GetByTestId("make");
    public ILocator Device(string name) => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^{Regex.Escape(name)}\\s*from") });
    public ILocator Size => page.GetByTestId("size");
    public ILocator Term => page.GetByTestId("term");
    public ILocator AddToBasket => page.GetByRole(AriaRole.Button, new() { Name = "Add to Basket" });
    public ILocator AddAccessory(string name) => page.GetByRole(AriaRole.Button, new() { Name = $"Add {name}", Exact = true });
    public ILocator Basket => page.GetByTestId("basket");
    public ILocator BasketItems => Basket.GetByTestId("basket-item");
    public ILocator BasketTotal => page.GetByTestId("basket-total");
    public ILocator ColourOf(string device) => Basket.GetByLabel($"Colour of {device}");
    /// <summary>The colour shown in that item's drop-down.</summary>
    public ILocator ColourValueOf(string device) => BasketItems.Filter(new() { HasText = device }).Locator(".mud-select input").First;
    public ILocator CreateOrder => page.GetByRole(AriaRole.Link, new() { Name = "Create Order" });
    public ILocator Line => page.GetByTestId("line");

    public Task ChooseAsync(ILocator select, string option) => MudPicker.ChooseAsync(page, select, option);
}

public sealed class CheckoutPageObject(IPage page)
{
    public ILocator Employee => page.Locator(".mud-autocomplete input");
    public ILocator Notify => page.GetByLabel("Notify during the order process (e-mail addresses)");
    public ILocator ShippingLocation => page.GetByLabel("Shipping location");
    public ILocator CreateOrder => page.GetByRole(AriaRole.Button, new() { Name = "Create Order" });
}

public sealed class OrderDetailPageObject(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.GetByTestId("order-status");
    public ILocator ConfirmItems => page.GetByRole(AriaRole.Button, new() { Name = "Confirm Order Items" });
    public ILocator History => page.GetByTestId("order-history");

    public async Task<string> NumberAsync() => (await Heading.InnerTextAsync()).Replace("Order ", "").Trim();
}

public sealed class ApprovalsPageObject(IPage page)
{
    public ILocator Request(string number) => page.GetByRole(AriaRole.Region, new() { Name = $"Approval request {number}" });
    public ILocator Reason(string number) => page.GetByLabel($"Reason for {number}");
    public ILocator Approve(string number) => page.GetByRole(AriaRole.Button, new() { Name = $"Approve {number}" });
}
