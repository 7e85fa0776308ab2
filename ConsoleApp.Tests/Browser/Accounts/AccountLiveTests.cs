using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class AccountLiveTests(ConsoleServer server)
{
    [Fact]
    public async Task MiTeamMeetingsToggle_ByAccountAdmin_ShowsOnPartnersOpenPageWithPrivileges_AndBack()
    {
        var partner = new AccountPageObject(await server.SignInAsync("partner.admin@demo.test", "/accounts/1"));
        var admin = new AccountPageObject(await server.SignInAsync("account.admin@demo.test", "/account"));
        await Assertions.Expect(partner.Heading("Acme Dental Group")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Heading("Acme Dental Group")).ToBeVisibleAsync();
        await partner.MarkDocumentAsync();
        await admin.MarkDocumentAsync();

        // Only MiTeam Meetings carries Allow Guest Access, so the privilege follows the integration either way.
        var wasOn = await partner.Switch("MiTeam Meetings").IsCheckedAsync();
        await admin.FlipAsync("MiTeam Meetings");

        await Assertions.Expect(partner.Switch("MiTeam Meetings")).ToBeCheckedAsync(new() { Checked = !wasOn });
        await Assertions.Expect(partner.Switch("Allow Guest Access")).ToBeCheckedAsync(new() { Checked = !wasOn });
        await Assertions.Expect(partner.Switch("Allow Guest Access")).ToBeEnabledAsync(new() { Enabled = !wasOn });
        Assert.True(await partner.SameDocumentAsync());

        // And the other way round: the partner's change shows on the account admin's open page.
        var bandwidth = await admin.Switch("Bandwidth Optimization").IsCheckedAsync();
        await partner.FlipAsync("Bandwidth Optimization");
        await Assertions.Expect(admin.Switch("Bandwidth Optimization")).ToBeCheckedAsync(new() { Checked = !bandwidth });
        Assert.True(await admin.SameDocumentAsync());

        await partner.Page.Context.CloseAsync();
        await admin.Page.Context.CloseAsync();
    }
}
