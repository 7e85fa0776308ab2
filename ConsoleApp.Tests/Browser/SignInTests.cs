using ConsoleApp.Components.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(ConsoleServer server)
{
    public static TheoryData<string, string, string[], string[]> RoleNavigation => new()
    {
        { "partner.admin@demo.test", "PartnerAdmin", ["Dashboard", "Audit"], ["Register software", "Approvals"] },
        { "partner.staff@demo.test", "PartnerStaff", ["Dashboard"], ["Audit", "Sites"] },
        { "account.admin@demo.test", "AccountAdmin", ["Dashboard"], ["Audit", "Accounts"] },
        { "reseller.user@demo.test", "ResellerUser", ["Dashboard"], ["Audit", "Approvals"] },
        { "employee@demo.test", "Employee", ["Dashboard"], ["Audit", "Approvals", "Sites"] },
    };

    [Theory]
    [MemberData(nameof(RoleNavigation))]
    public async Task SignIn_EachRole_SeesItsRoleAndOnlyItsNavigation(string email, string role, string[] visible, string[] hidden)
    {
        var page = await server.SignInAsync(email);
        var shell = new ShellPageObject(page);
        await Assertions.Expect(shell.Role).ToHaveTextAsync(role);
        var links = await shell.NavLinkNamesAsync();
        foreach (var name in visible) Assert.Contains(name, links);
        foreach (var name in hidden) Assert.DoesNotContain(name, links);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysOnLogin()
    {
        var page = await server.OpenAsync("/login");
        var login = new LoginPageObject(page);
        await login.SignInAsync("partner.staff@demo.test", "not-the-password");
        await Assertions.Expect(login.Error).ToHaveTextAsync(Components.Platform.Identity.LoginPage.FailedMessage);
        Assert.Contains("/login", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_AfterTenFailures_LockedEvenWithRightPassword_SameWordsAsAWrongPassword()
    {
        const string email = "lockout.victim@demo.test";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
            var victim = ConsoleUser.Create(email, "Victim", DateTime.UtcNow);
            victim.PartnerId = 1;
            var result = await users.CreateAsync(victim, "Demo!2345");
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync(victim, "PartnerStaff")).Succeeded);
        }
        var page = await server.OpenAsync("/login");
        var login = new LoginPageObject(page);
        for (var i = 0; i < 10; i++)
        {
            await login.SignInAsync(email, "wrong-" + i);
            await Assertions.Expect(login.Error).ToHaveTextAsync(LoginPage.FailedMessage);
        }
        // Locked now: the right password does not sign in, and the page does not say the account exists.
        await login.SignInAsync(email, "Demo!2345");
        await Assertions.Expect(login.Error).ToHaveTextAsync(LoginPage.FailedMessage);
        Assert.Contains("/login", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Visit_SignedOut_RedirectsToLoginWithReturnUrl()
    {
        var page = await server.OpenAsync("/audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Partner Console" })).ToBeVisibleAsync();
        Assert.Contains("/login", page.Url);
        Assert.Contains("audit", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_SignedIn_ReturnsToLoginAndProtectsPages()
    {
        var page = await server.SignInAsync("partner.staff@demo.test");
        await new ShellPageObject(page).SignOut.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login"));
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url);
        await page.Context.CloseAsync();
    }
}
