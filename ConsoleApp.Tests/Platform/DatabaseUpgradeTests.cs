using System.Globalization;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform;

/// <summary>
/// The previous version's database (<c>Fixtures/console-v1.db</c>, its README lists what it holds) upgraded in place
/// by this version's start-up: migrations, then the demo seeders, which must find their data already there.
/// </summary>
public sealed class DatabaseUpgradeTests
{
    private static async Task<TestConsole> UpgradedAsync()
    {
        var console = await TestConsole.StartAsync(copyOf: SchemaDescription.FixturePath);
        await using var scope = console.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeedRunner>().SeedAsync();
        return console;
    }

    private static readonly (string Email, string Password, string Role)[] Users =
    [
        ("partner.admin@demo.test", "Demo!2345", Roles.PartnerAdmin),
        ("partner.staff@demo.test", "Demo!2345", Roles.PartnerStaff),
        ("other.partner@demo.test", "Demo!2345", Roles.PartnerAdmin),
        ("account.admin@demo.test", "Demo!2345", Roles.AccountAdmin),
        ("customer@demo.test", "Demo!2345", Roles.Customer),
        ("customer.admin@demo.test", "Demo!2345", Roles.CustomerAdmin),
        ("reseller.admin@demo.test", "Demo!2345", Roles.ResellerAdmin),
        ("reseller.user@demo.test", "Demo!2345", Roles.ResellerUser),
        ("employee@demo.test", "Demo!2345", Roles.Employee),
        ("manager@demo.test", "Demo!2345", Roles.Manager),
        ("uma.upgrade@bluebell.test", "gwfQoqiCvf854!", Roles.ResellerUser),
    ];

    [Fact]
    public async Task Upgrade_EveryUser_KeepsPasswordRoleAndStamps()
    {
        await using var console = await UpgradedAsync();
        await using var scope = console.As(UserContext.System);
        var users = console.Get<UserManager<ConsoleUser>>(scope);

        Assert.Equal(Users.Length, users.Users.Count());
        foreach (var (email, password, role) in Users)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal((email, email.ToUpperInvariant()), (user.UserName, user.NormalizedUserName));
            Assert.True(await users.CheckPasswordAsync(user, password), $"{email} signs in with the same password");
            Assert.False(await users.CheckPasswordAsync(user, password + "x"));
            Assert.Equal([role], await users.GetRolesAsync(user));
        }
        var uma = (await users.FindByNameAsync("uma.upgrade@bluebell.test"))!;
        Assert.Equal(("c13580d4737f4025a3b9b68d0ec4a018", "Uma Upgrade", (int?)1), (uma.Id, uma.DisplayName, uma.ResellerId));
    }

    [Fact]
    public async Task Upgrade_LockoutState_IsKept()
    {
        await using var console = await UpgradedAsync();
        await using var scope = console.As(UserContext.System);
        var users = console.Get<UserManager<ConsoleUser>>(scope);

        var lockedUntil2099 = (await users.FindByEmailAsync("customer.admin@demo.test"))!;
        Assert.True(await users.IsLockedOutAsync(lockedUntil2099));
        Assert.Equal(new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero), lockedUntil2099.LockoutEnd);
        var signIn = await console.Get<SignInManager<ConsoleUser>>(scope).CheckPasswordSignInAsync(lockedUntil2099, "Demo!2345", lockoutOnFailure: true);
        Assert.True(signIn.IsLockedOut);

        // Locked by five failed sign-ins for 15 minutes when the fixture was made: the same instant, to the tick.
        var lockedBySignIns = (await users.FindByEmailAsync("customer@demo.test"))!;
        Assert.Equal(new DateTimeOffset(639317624038062539, TimeSpan.Zero), lockedBySignIns.LockoutEnd);
        Assert.True(lockedBySignIns.LockoutEnabled);

        var manager = (await users.FindByEmailAsync("manager@demo.test"))!;
        Assert.Equal((2, (DateTimeOffset?)null), (manager.AccessFailedCount, manager.LockoutEnd));
        var attempts = console.Get<Microsoft.Extensions.Options.IOptions<IdentityOptions>>(scope).Value.Lockout.MaxFailedAccessAttempts;
        for (var i = 2; i < attempts - 1; i++) await users.AccessFailedAsync(manager);
        Assert.False(await users.IsLockedOutAsync(manager));
        await users.AccessFailedAsync(manager); // the two old failures still count towards the limit
        Assert.True(await users.IsLockedOutAsync(manager));
    }

    [Fact]
    public async Task Upgrade_ClaimsOfAnUpgradedUser_AreTheSameAsBefore()
    {
        await using var console = await UpgradedAsync();
        await using var scope = console.As(UserContext.System);
        var users = console.Get<UserManager<ConsoleUser>>(scope);
        var factory = console.Get<IUserClaimsPrincipalFactory<ConsoleUser>>(scope);

        foreach (var expected in new[] { TestUsers.PartnerAdmin, TestUsers.AccountAdmin, TestUsers.ResellerUser, TestUsers.Manager })
        {
            var principal = await factory.CreateAsync((await users.FindByIdAsync(expected.UserId))!);
            Assert.Equal(expected, CurrentUser.FromPrincipal(principal));
        }
    }

    [Theory]
    [InlineData("PartnerOrders", 344, 344)]
    [InlineData("CustomerAccounts", 40, 40)]
    [InlineData("AuditEntries", 28, 28)]
    [InlineData("AppSuiteVouchers", 84, 84)]
    [InlineData("AppSuitePortalUsers", 3, 3)]
    [InlineData("DeviceOrders", 5, 5)]
    [InlineData("DeviceOrderItems", 10, 10)]
    [InlineData("MarketplaceOrders", 63, 63)]
    [InlineData("SupportContacts", 79, 79)]
    [InlineData("OutboxMails", 10, 10)]
    public async Task Upgrade_Rows_AreAllThere(string table, long count, long maxId)
    {
        await using var console = await UpgradedAsync();
        Assert.Equal($"{count} {maxId}", await ScalarAsync(console, $"SELECT count(*) || ' ' || max(Id) FROM \"{table}\""));
    }

    [Theory]
    [InlineData("SELECT AssignedAccountId FROM PartnerOrders WHERE Id = 341", "2")]
    [InlineData("SELECT SapOrderId FROM PartnerOrders WHERE Id = 344", "4900000010")]
    [InlineData("SELECT Status FROM CustomerAccounts WHERE Id = 3", "1")]
    [InlineData("SELECT SiteId FROM AppSuiteVouchers WHERE Id = 83", "18423")]
    [InlineData("SELECT count(*) FROM AppSuiteVouchers WHERE SiteId IS NOT NULL", "32")]
    [InlineData("SELECT group_concat(Action) FROM (SELECT Action FROM AuditEntries WHERE Action LIKE 'SignIn%' ORDER BY Id)", "SignIn,SignIn,SignInFailed,SignInFailed,SignInFailed,SignInFailed,SignInLockedOut,SignInLockedOut,SignInFailed,SignInFailed,SignIn,SignIn")]
    [InlineData("SELECT EmployeeName FROM DeviceOrders WHERE Id = 5", "Emery Employee")]
    [InlineData("SELECT count(*) || ' ' || count(DISTINCT OrderId) FROM PartnerOrderSearchTerms", "1681 344")]
    // The purchase date copied into the search terms by the SearchTermPurchasedAt migration: every term has its order's.
    [InlineData("SELECT count(*) FROM PartnerOrderSearchTerms t JOIN PartnerOrders o ON o.Id = t.OrderId WHERE t.PurchasedAt = o.PurchasedAt", "1681")]
    [InlineData("SELECT PurchasedAt FROM PartnerOrderSearchTerms WHERE OrderId = 341 AND Term = '4900000001'", "2026-11-21 00:00:00")]
    [InlineData("SELECT count(*) FROM \"Users\"", null)]
    public async Task Upgrade_ChangesMadeByThePreviousVersion_AreKept(string sql, string? expected)
    {
        await using var console = await UpgradedAsync();
        if (expected is null)
            await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync(console, sql)); // the old users table is gone
        else
            Assert.Equal(expected, await ScalarAsync(console, sql));
    }

    private static async Task<string> ScalarAsync(TestConsole console, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={console.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }
}
