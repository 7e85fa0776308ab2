using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Devices;

public sealed class DeviceOrderPageObject(IPage page)
{
    /// <summary>Waits until the interactive render replaced the prerendered page (inputs before that are lost).</summary>
    public Task WaitReadyAsync() => Assertions.Expect(page.Locator("[data-testid=device-order][data-interactive=true]")).ToBeVisibleAsync();

    public ILocator Tab(string name) => page.GetByRole(AriaRole.Tab, new() { Name = name });
    public ILocator Make => page.GetByLabel("Make", new() { Exact = true });
    public ILocator Device(string name) => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^{Regex.Escape(name)} from") });
    public ILocator Size => page.GetByLabel("Size", new() { Exact = true });
    public ILocator Term => page.GetByLabel("Term", new() { Exact = true });
    public ILocator AddToBasket => page.GetByRole(AriaRole.Button, new() { Name = "Add to Basket" });
    public ILocator AddAccessory(string name) => page.GetByRole(AriaRole.Button, new() { Name = $"Add {name}", Exact = true });
    public ILocator Basket => page.GetByTestId("basket");
    public ILocator BasketItems => Basket.GetByTestId("basket-item");
    public ILocator BasketTotal => page.GetByTestId("basket-total");
    public ILocator ColourOf(string device) => Basket.GetByLabel($"Colour of {device}");
    public ILocator CreateOrder => page.GetByRole(AriaRole.Button, new() { Name = "Create Order" });
}

public sealed class CheckoutPageObject(IPage page)
{
    public ILocator Employee => page.GetByLabel("Employee", new() { Exact = true });
    public ILocator Notify => page.GetByLabel("Notify during the order process (e-mail addresses)");
    public ILocator ShippingLocation => page.GetByLabel("Shipping location");
    public ILocator CreateOrder => page.GetByRole(AriaRole.Button, new() { Name = "Create Order" });
}

public sealed class OrderDetailPageObject(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.GetByTestId("order-status");
    public ILocator ConfirmItems => page.GetByRole(AriaRole.Button, new() { Name = "Confirm Order Items" });
    public ILocator History => page.GetByRole(AriaRole.Table, new() { Name = "Order history" });

    public async Task<string> NumberAsync() => (await Heading.InnerTextAsync()).Replace("Order ", "").Trim();
}

public sealed class ApprovalsPageObject(IPage page)
{
    public ILocator Request(string number) => page.GetByRole(AriaRole.Region, new() { Name = $"Approval request {number}" });
    public ILocator Reason(string number) => page.GetByLabel($"Reason for {number}");
    public ILocator Approve(string number) => page.GetByRole(AriaRole.Button, new() { Name = $"Approve {number}" });
}
