using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class AccountAccessibilityTests(ConsoleServer server)
{
    [Theory]
    [InlineData("/accounts", "Accounts")]
    [InlineData("/accounts/2", "Blue Harbor Logistics")]
    public async Task AccountPages_Loaded_HaveNoSeriousAccessibilityViolations(string path, string heading)
    {
        var page = await server.SignInAsync("partner.staff@demo.test", path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        if (path == "/accounts")
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Blue Harbor Logistics" })).ToBeVisibleAsync();
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await page.Context.CloseAsync();
    }
}
