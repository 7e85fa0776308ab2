using System.Net;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>Signing out, deletion and role changes end sessions: a replayed cookie is refused at once.</summary>
public sealed class SessionEndTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    [Fact]
    public async Task Logout_ThenReplayOfTheSavedCookie_SentToSignIn()
    {
        using var session = new WebSession(host);
        await session.SignInAsync("partner.staff@demo.test", DemoData.Password);
        var saved = session.AuthCookie!;
        Assert.True(WebSession.IsSignedInPage(await session.GetHomeAsync()));

        var logout = await session.SignOutAsync();
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var replay = WebSession.Replaying(host, saved);
        Assert.True(WebSession.IsSentToLogin(await replay.GetHomeAsync()));
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_RefusedAndSessionStillWorks()
    {
        using var session = new WebSession(host);
        await session.SignInAsync("account.admin@demo.test", DemoData.Password);

        var logout = await session.SignOutAsync(withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.True(WebSession.IsSignedInPage(await session.GetHomeAsync()));
    }

    [Fact]
    public async Task DeletedUser_SavedCookie_SentToSignIn()
    {
        var user = await CreateUserAsync("deleted.user@demo.test");
        using var session = new WebSession(host);
        await session.SignInAsync(user.Email!, "Temp!12345");
        Assert.True(WebSession.IsSignedInPage(await session.GetHomeAsync()));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(user.Id))!)).Succeeded);
        }

        Assert.True(WebSession.IsSentToLogin(await session.GetHomeAsync()));
    }

    [Fact]
    public async Task LockedUser_SavedCookie_SentToSignIn()
    {
        var user = await CreateUserAsync("locked.user@demo.test");
        using var session = new WebSession(host);
        await session.SignInAsync(user.Email!, "Temp!12345");

        await using (var scope = host.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<UserSessions>().LockAsync(user.Id));

        Assert.True(WebSession.IsSentToLogin(await session.GetHomeAsync()));
    }

    private async Task<ConsoleUser> CreateUserAsync(string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        return await TestUsers.CreateSignInAsync(users, email, "Temporary", Components.Platform.Tenancy.Roles.PartnerStaff, DemoData.PartnerId, "Temp!12345");
    }
}
