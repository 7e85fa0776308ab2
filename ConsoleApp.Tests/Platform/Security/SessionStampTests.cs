using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Tests.Features.AppSuite;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>What ends a session (a new security stamp, deletion, an admin lock) and what the open circuits'
/// revalidation (<see cref="SessionCheck"/>) then decides.</summary>
public sealed class SessionStampTests
{
    private static async Task<(ConsoleUser User, System.Security.Claims.ClaimsPrincipal Principal)> SignedInAsync(AsyncServiceScope scope, string email)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<ConsoleUser>>().CreateUserPrincipalAsync(user);
        return (user, principal);
    }

    [Fact]
    public async Task Revalidation_CurrentStamp_Valid_AfterEndAll_Invalid()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(UserContext.System);
        var (user, principal) = await SignedInAsync(scope, "partner.staff@demo.test");
        Assert.True(await SessionCheck.IsCurrentAsync(scope.ServiceProvider, principal));

        Assert.True(await console.Get<UserSessions>(scope).EndAllAsync(user.Id, "test"));

        Assert.False(await SessionCheck.IsCurrentAsync(scope.ServiceProvider, principal));
    }

    [Fact]
    public async Task Revalidation_DeletedUser_Invalid()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(UserContext.System);
        var (user, principal) = await SignedInAsync(scope, "customer@demo.test");
        var users = console.Get<UserManager<ConsoleUser>>(scope);
        await users.DeleteAsync(user);
        Assert.False(await SessionCheck.IsCurrentAsync(scope.ServiceProvider, principal));
    }

    [Fact]
    public async Task Revalidation_FailedSignInLockout_DoesNotEndSessions_AdminLockDoes()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(UserContext.System);
        var (user, principal) = await SignedInAsync(scope, "manager@demo.test");
        var users = console.Get<UserManager<ConsoleUser>>(scope);
        for (var i = 0; i < 10; i++) await users.AccessFailedAsync((await users.FindByIdAsync(user.Id))!);
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!));
        // A stranger's wrong guesses must not throw the real user out.
        Assert.True(await SessionCheck.IsCurrentAsync(scope.ServiceProvider, principal));

        Assert.True(await console.Get<UserSessions>(scope).LockAsync(user.Id));
        Assert.False(await SessionCheck.IsCurrentAsync(scope.ServiceProvider, principal));
    }

    [Fact]
    public async Task ChangePassword_ChangesTheStamp()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(UserContext.System);
        var (user, principal) = await SignedInAsync(scope, "employee@demo.test");
        var changed = await console.Get<UserSessions>(scope).ChangePasswordAsync(user.Id, Components.Platform.Seeding.DemoData.Password, "N3w!Password");
        Assert.True(changed.Succeeded);
        Assert.False(await SessionCheck.IsCurrentAsync(scope.ServiceProvider, principal));
    }

    [Fact]
    public async Task SignOut_ChangesTheStamp()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(UserContext.System);
        var (user, principal) = await SignedInAsync(scope, "account.admin@demo.test");
        var users = console.Get<UserManager<ConsoleUser>>(scope);
        var before = user.SecurityStamp;
        // SignInManager.SignOutAsync needs an HttpContext; the stamp change is what matters here.
        scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = scope.ServiceProvider };
        await console.Get<SignInService>(scope).SignOutAsync(Components.Platform.Tenancy.CurrentUser.FromPrincipal(principal));
        Assert.NotEqual(before, (await users.FindByIdAsync(user.Id))!.SecurityStamp);
        Assert.False(await SessionCheck.IsCurrentAsync(scope.ServiceProvider, principal));
    }

    [Fact]
    public async Task PortalUser_LosingAdmin_EndsTheirSessions_OtherEditsDoNot()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var admin = console.As(TestUsers.ResellerAdmin);
        var service = console.Get<PortalUserService>(admin);
        var created = await service.CreateAsync(new PortalUserInput("Jo Admin", "jo@bluebell.test", null, null, IsAdmin: true, IsMainContact: false, false, true, false));
        await using var scope = console.As(UserContext.System);
        var (_, principal) = await SignedInAsync(scope, "jo@bluebell.test");

        var jo = (await service.ListAsync()).Single(u => u.Id == created.User.Id);
        jo = await service.UpdateAsync(jo.Id, jo.Version, new PortalUserInput("Jo Admin", "jo@bluebell.test", "+1 555 0101", null, IsAdmin: true, IsMainContact: false, false, true, false));
        // Each check in a fresh scope, as the circuit's revalidation does: the Identity stores' context of a scope
        // keeps the user as it first loaded it.
        await using (var check = console.As(UserContext.System))
            Assert.True(await SessionCheck.IsCurrentAsync(check.ServiceProvider, principal));

        await service.UpdateAsync(jo.Id, jo.Version, new PortalUserInput("Jo Admin", "jo@bluebell.test", "+1 555 0101", null, IsAdmin: false, IsMainContact: false, false, true, false));
        await using (var check = console.As(UserContext.System))
            Assert.False(await SessionCheck.IsCurrentAsync(check.ServiceProvider, principal));
    }
}
