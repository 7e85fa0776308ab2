using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

/// <summary>
/// Every page of the console opens for its role with its heading without the error boundary's message, its circuit alive. The screenshots it
/// takes on the way (bin/.../screenshots/) are the ones the README shows; refresh them by copying to docs/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(ConsoleServer server)
{
    [Theory]
    [InlineData("partner.admin@demo.test", new[] { "/", "/orders", "/accounts", "/accounts/1", "/marketplace/orders?account=1", "/audit" },
        new[] { "Dashboard", "Orders", "Accounts", "Acme Dental Group", "Recent orders", "Audit trail" })]
    [InlineData("customer@demo.test", new[] { "/marketplace/orders/history" }, new[] { "Historical orders" })]
    [InlineData("reseller.admin@demo.test", new[] { "/appsuite/register", "/appsuite/sites", "/appsuite/vouchers", "/appsuite/users" },
        new[] { "Register software", "Sites", "Vouchers", "Users" })]
    [InlineData("employee@demo.test", new[] { "/devices/order", "/devices/orders" }, new[] { "Order a device", "Device orders" })]
    [InlineData("manager@demo.test", new[] { "/devices/approvals" }, new[] { "Device approvals" })]
    public async Task Pages_OpenedByTheirRole_ShowHeadingWithoutErrors(string email, string[] paths, string[] headings)
    {
        var page = await server.SignInAsync(email, paths[0]);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < paths.Length; i++)
        {
            if (i > 0)
            {
                await page.GotoAsync(paths[i]);
                await ConsoleServer.WaitForCircuitAsync(page);
            }
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = headings[i], Level = 1 })).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // Grids load after the circuit is up: wait for their rows, not their skeleton.
            await Assertions.Expect(page.GetByText("Loading…")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".pc-error")).ToHaveCountAsync(0);
            Assert.Equal("up", await page.EvaluateAsync<string>("() => document.documentElement.dataset.circuit"));
            var name = paths[i].Trim('/').Split('?')[0].Replace('/', '-');
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{(name.Length == 0 ? "dashboard" : name)}.png") });
        }
        await page.Context.CloseAsync();
    }
}
