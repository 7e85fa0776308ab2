using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Dashboard;

/// <summary>Each role opens "/" at a laptop size: its widgets load, nothing serious for axe, and a screenshot is
/// written (DASHBOARD_SCREENSHOTS names the folder; the temp folder otherwise).</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(ConsoleServer server)
{
    [Theory]
    [InlineData("partner.admin@demo.test", "needs-attention")]
    [InlineData("partner.staff@demo.test", "needs-attention")]
    [InlineData("account.admin@demo.test", "account-glance")]
    [InlineData("customer@demo.test", "customer-orders")]
    [InlineData("customer.admin@demo.test", "customer-orders")]
    [InlineData("reseller.admin@demo.test", "reseller-glance")]
    [InlineData("reseller.user@demo.test", "reseller-glance")]
    [InlineData("employee@demo.test", "my-device-orders")]
    [InlineData("manager@demo.test", "approvals")]
    public async Task Dashboard_EachRole_WidgetsLoadWithoutSeriousAccessibilityViolations(string email, string widget)
    {
        var page = await server.SignInAsync(email, "/");
        await page.SetViewportSizeAsync(1440, 900);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid={widget}]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".pc-loading-rows")).ToHaveCountAsync(0);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));

        var folder = Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS") is { Length: > 0 } f ? f : Path.Combine(Path.GetTempPath(), "pc-dashboard-shots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"dashboard-{email.Split('@')[0].Replace('.', '-')}.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_PartnerAdmin_AssignFromNeedsAttentionOpensTheAssignPanel()
    {
        var page = await server.SignInAsync("partner.admin@demo.test", "/");
        var attention = page.Locator("[data-testid=needs-attention]");
        await Assertions.Expect(attention).ToBeVisibleAsync();
        var assign = attention.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Assign: Order ") }).First;
        await assign.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog).GetByText("Deactivated accounts are not offered.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
