using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AuditPageTests(ConsoleServer server)
{
    [Fact]
    public async Task AuditPage_Opened_ShowsExistingEntriesWithoutWaitingForAChange()
    {
        // The admin's own sign-in is already an entry when the page opens; no other event follows.
        var admin = await server.SignInAsync("partner.admin@demo.test", "/audit");
        var rows = admin.GetByRole(AriaRole.Grid).GetByRole(AriaRole.Row).Filter(new() { HasText = "partner.admin@demo.test" });
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await admin.Context.CloseAsync();
    }
}
