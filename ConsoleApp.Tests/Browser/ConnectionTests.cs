using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ConnectionTests(ConsoleServer server)
{
    [Fact]
    public async Task Circuit_ConnectionDrops_ShowsReconnectingThenRecoversAndStaysLive()
    {
        var page = await server.SignInAsync("partner.admin@demo.test", "/audit");
        // Record every state the reconnect banner goes through (it can be brief) and drop the circuit's socket.
        await page.EvaluateAsync(@"() => {
            window.__reconnectStates = [];
            const modal = document.getElementById('components-reconnect-modal');
            new MutationObserver(() => window.__reconnectStates.push(modal.className)).observe(modal, { attributes: true });
        }");
        await page.EvaluateAsync("() => window.__sockets.forEach(s => s.close())");

        await page.WaitForFunctionAsync("() => window.__reconnectStates.some(c => c.includes('components-reconnect-show'))");
        await page.WaitForFunctionAsync("() => !document.getElementById('components-reconnect-modal').className.includes('components-reconnect-show')");
        await Assertions.Expect(page.GetByText("Connection lost. Reconnecting…")).ToBeHiddenAsync();

        // Still live after the reconnect: a sign-in elsewhere appears in the audit grid.
        var other = await server.SignInAsync("partner.staff@demo.test");
        await Assertions.Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasText = "partner.staff@demo.test" }).First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/login", null)]
    [InlineData("/", "partner.admin@demo.test")]
    [InlineData("/audit", "partner.admin@demo.test")]
    [InlineData("/orders", "partner.admin@demo.test")]
    public async Task Page_Accessibility_HasNoSeriousViolations(string path, string? email)
    {
        var page = email is null ? await server.OpenAsync(path) : await server.SignInAsync(email, path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await page.Context.CloseAsync();
    }
}
