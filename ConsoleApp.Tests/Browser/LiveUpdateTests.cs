using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateTests(ConsoleServer server)
{
    [Fact]
    public async Task AuditPage_SignInInSecondBrowser_AppearsWithoutReload()
    {
        var admin = await server.SignInAsync("partner.admin@demo.test", "/audit");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        var marker = await admin.EvaluateAsync<string>("() => { window.__noReload = 'still-here'; return window.__noReload; }");

        var staff = await server.SignInAsync("partner.staff@demo.test");

        var grid = admin.GetByRole(AriaRole.Table);
        await Assertions.Expect(grid.GetByRole(AriaRole.Row).Filter(new() { HasText = "partner.staff@demo.test" }).First).ToBeVisibleAsync();
        Assert.Equal(marker, await admin.EvaluateAsync<string>("() => window.__noReload"));
        await admin.Context.CloseAsync();
        await staff.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_SignInElsewhere_CounterRisesWithoutReload()
    {
        var admin = await server.SignInAsync("partner.admin@demo.test");
        var counter = admin.GetByTestId("counter-sign-ins-today").Locator(".pc-tile-value");
        var before = int.Parse(await counter.InnerTextAsync());
        var staff = await server.SignInAsync("partner.staff@demo.test");
        await Assertions.Expect(counter).ToHaveTextAsync((before + 1).ToString());
        await admin.Context.CloseAsync();
        await staff.Context.CloseAsync();
    }

    [Fact]
    public async Task Circuits_Closed_LeaveNoSubscribers()
    {
        // Circuits of earlier tests end asynchronously after their browsers close: let them finish first.
        var baseline = await SettledSubscriberCountAsync();
        var pages = new List<IPage>();
        for (var i = 0; i < 3; i++) pages.Add(await server.SignInAsync("partner.admin@demo.test", "/audit"));
        var opened = DateTime.UtcNow.AddSeconds(15);
        while (server.Notifier.SubscriberCount < baseline + 3 && DateTime.UtcNow < opened) await Task.Delay(100);
        Assert.True(server.Notifier.SubscriberCount >= baseline + 3, $"expected live subscribers, had {server.Notifier.SubscriberCount}");
        // One user leaves the page (a graceful disconnect), the other browsers just die (the circuit waits the
        // retention period for a reconnect, 3 s in the test host, then ends).
        await pages[0].GotoAsync("about:blank");
        foreach (var page in pages) await page.Context.CloseAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (server.Notifier.SubscriberCount > baseline && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(baseline, server.Notifier.SubscriberCount);
    }

    private async Task<int> SettledSubscriberCountAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var count = server.Notifier.SubscriberCount;
        var stableSince = DateTime.UtcNow;
        while (count > 0 && DateTime.UtcNow < deadline && DateTime.UtcNow - stableSince < TimeSpan.FromSeconds(3))
        {
            await Task.Delay(100);
            var now = server.Notifier.SubscriberCount;
            if (now != count) (count, stableSince) = (now, DateTime.UtcNow);
        }
        return count;
    }
}
