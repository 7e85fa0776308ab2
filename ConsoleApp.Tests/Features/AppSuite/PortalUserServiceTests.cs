using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class PortalUserServiceTests
{
    private static PortalUserInput Input(string email, bool main = false, bool admin = false) =>
        new("Jamie Tech", email, "+1 555 0100", "Engineer", admin, main, SalesEmails: false, TechnicalEmails: true, SwasAlerts: false);

    [Fact]
    public async Task Create_ByAdmin_AddsPortalUserWithSignIn()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var created = await console.Get<PortalUserService>(scope).CreateAsync(Input("jamie@bluebell.test"));
        Assert.True(created.TemporaryPassword.Length >= 12);
        await using var db = await console.SystemDbAsync();
        var account = await db.Set<ConsoleUser>().SingleAsync(u => u.Id == created.User.ConsoleUserId);
        Assert.Equal((Roles.ResellerUser, (int?)1, "JAMIE@BLUEBELL.TEST", "jamie@bluebell.test"),
            (await db.RoleOfAsync(account.Id), account.ResellerId, account.NormalizedUserName, account.UserName));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "PortalUserCreated"));
    }

    [Fact]
    public async Task Update_AdminFlagAndEmail_MovesRoleAndSignInNameAndRenewsStamp()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var service = console.Get<PortalUserService>(scope);
        var created = await service.CreateAsync(Input("jamie@bluebell.test"));
        string stampBefore;
        await using (var db = await console.SystemDbAsync())
            stampBefore = (await db.Users.SingleAsync(u => u.Id == created.User.ConsoleUserId)).SecurityStamp!;

        await service.UpdateAsync(created.User.Id, created.User.Version, Input("jamie.t@bluebell.test", admin: true));

        await using (var db = await console.SystemDbAsync())
        {
            var account = await db.Users.SingleAsync(u => u.Id == created.User.ConsoleUserId);
            Assert.Equal((Roles.ResellerAdmin, "jamie.t@bluebell.test", "JAMIE.T@BLUEBELL.TEST"), (await db.RoleOfAsync(account.Id), account.UserName, account.NormalizedEmail));
            Assert.Equal(1, await db.UserRoles.CountAsync(r => r.UserId == account.Id));
            Assert.NotEqual(stampBefore, account.SecurityStamp);
        }
    }

    [Fact]
    public async Task CreateEditDelete_ByNonAdmin_Denied()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        var users = console.Get<PortalUserService>(scope);
        var robin = (await users.ListAsync()).Single(u => u.Name == "Robin Reseller");
        await Assert.ThrowsAsync<AccessDeniedException>(() => users.CreateAsync(Input("x@bluebell.test")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => users.UpdateAsync(robin.Id, robin.Version, Input("x@bluebell.test")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => users.DeleteAsync(robin.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => users.SaveSettingsAsync("a@b.test"));
    }

    [Fact]
    public async Task MainContact_MovingIt_LeavesExactlyOne()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var users = console.Get<PortalUserService>(scope);
        var created = await users.CreateAsync(Input("main@bluebell.test", main: true));
        var list = await users.ListAsync();
        Assert.Equal(created.User.Id, Assert.Single(list, u => u.IsMainContact).Id);

        var robin = list.Single(u => u.Name == "Robin Reseller");
        await users.UpdateAsync(robin.Id, robin.Version, Input("reseller.user@demo.test", main: true) with { Name = "Robin Reseller" });
        Assert.Equal(robin.Id, Assert.Single(await users.ListAsync(), u => u.IsMainContact).Id);
    }

    [Fact]
    public async Task MainContact_CannotBeUnsetOrDeleted()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var users = console.Get<PortalUserService>(scope);
        var created = await users.CreateAsync(Input("main@bluebell.test", main: true));
        var main = (await users.ListAsync()).Single(u => u.IsMainContact);
        await Assert.ThrowsAsync<ValidationFailedException>(() => users.UpdateAsync(main.Id, main.Version, Input("main@bluebell.test", main: false)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => users.DeleteAsync(created.User.Id));
        Assert.Single(await users.ListAsync(), u => u.IsMainContact);
    }

    [Fact]
    public async Task Delete_OtherUser_RemovesSignIn_ButNotSelf()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var users = console.Get<PortalUserService>(scope);
        var list = await users.ListAsync();
        var self = list.Single(u => u.ConsoleUserId == TestUsers.ResellerAdmin.UserId);
        var robin = list.Single(u => u.Name == "Robin Reseller");
        await Assert.ThrowsAsync<ValidationFailedException>(() => users.DeleteAsync(self.Id));
        await users.DeleteAsync(robin.Id);
        await using var db = await console.SystemDbAsync();
        Assert.False(await db.Set<ConsoleUser>().AnyAsync(u => u.Id == robin.ConsoleUserId));
        Assert.DoesNotContain(await users.ListAsync(), u => u.Id == robin.Id);
    }

    [Fact]
    public async Task Create_InvalidOrTakenEmail_RefusedAndNothingWritten()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var users = console.Get<PortalUserService>(scope);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => users.CreateAsync(Input("not an address")));
        Assert.True(ex.FieldErrors.ContainsKey("Email"));
        await Assert.ThrowsAsync<ValidationFailedException>(() => users.CreateAsync(Input("partner.admin@demo.test")));
        await Assert.ThrowsAsync<ValidationFailedException>(() => users.SaveSettingsAsync("nope"));
        Assert.Equal(2, (await users.ListAsync()).Count);
    }

    [Fact]
    public async Task List_OtherReseller_SeesNoneOfBluebellsUsers()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin with { ResellerId = 2, UserId = "other" });
        Assert.Empty(await console.Get<PortalUserService>(scope).ListAsync());
    }
}
