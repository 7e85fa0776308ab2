using ConsoleApp.Components.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Tests.Platform;

public sealed class IdentityTests
{
    [Fact]
    public void PasswordHasher_ProductionSettings_UsesAtLeast210000Iterations()
    {
        var services = new ServiceCollection();
        services.AddPartnerConsoleServicesForInspection();
        var options = services.BuildServiceProvider().GetRequiredService<IOptions<PasswordHasherOptions>>().Value;
        Assert.True(options.IterationCount >= 210_000, $"iterations: {options.IterationCount}");
        Assert.Equal(PasswordHasherCompatibilityMode.IdentityV3, options.CompatibilityMode);
    }

    [Fact]
    public async Task UserManager_SeededUser_ChecksPasswordAndLocksAfterTenFailures()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var users = console.Get<UserManager<ConsoleUser>>(scope);
        var user = (await users.FindByEmailAsync("partner.staff@demo.test"))!;
        Assert.True(await users.CheckPasswordAsync(user, "Demo!2345"));
        for (var i = 0; i < 9; i++)
        {
            user = (await users.FindByIdAsync(user.Id))!;
            await users.AccessFailedAsync(user);
        }
        Assert.False(await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!));
        for (var i = 0; i < 1; i++)
        {
            user = (await users.FindByIdAsync(user.Id))!;
            await users.AccessFailedAsync(user);
        }
        user = (await users.FindByIdAsync(user.Id))!;
        Assert.True(await users.IsLockedOutAsync(user));
    }

    [Fact]
    public async Task ClaimsFactory_ResellerUser_CarriesRoleTenantAndResellerNumber()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var users = console.Get<UserManager<ConsoleUser>>(scope);
        var factory = console.Get<IUserClaimsPrincipalFactory<ConsoleUser>>(scope);
        var principal = await factory.CreateAsync((await users.FindByEmailAsync("reseller.admin@demo.test"))!);
        var user = Components.Platform.Tenancy.CurrentUser.FromPrincipal(principal);
        Assert.Equal(TestUsers.ResellerAdmin with { UserId = user.UserId }, user);
        Assert.Equal("104233", principal.FindFirst(Components.Platform.Tenancy.ConsoleClaims.ResellerNumber)?.Value);
    }
}

public sealed class IdentityStoreContextTests
{
    [Fact]
    public async Task ScopedContextOfTheIdentityStores_SeesUsersButNoTenantRows()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var db = console.Get<Components.Platform.Data.ConsoleDbContext>(scope);

        Assert.Same(db, console.Get<Components.Platform.Data.ConsoleDbContext>(scope));
        Assert.Equal(11, await db.Users.CountAsync()); // the demo sign-ins (README)
        Assert.Equal(0, await db.Set<Components.Features.Orders.PartnerOrder>().CountAsync()); // never tenant-scoped: sees nothing
    }

    [Fact]
    public async Task UserManager_DemoUser_HasExactlyItsOneRole()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var users = console.Get<UserManager<ConsoleUser>>(scope);
        var manager = (await users.FindByEmailAsync("manager@demo.test"))!;
        Assert.Equal(["Manager"], await users.GetRolesAsync(manager));
        Assert.Equal(["demo-manager"], (await users.GetUsersInRoleAsync("Manager")).Select(u => u.Id));
    }
}

internal static class InspectionExtensions
{
    /// <summary>The production registrations, to read their options (no database is opened).</summary>
    public static IServiceCollection AddPartnerConsoleServicesForInspection(this IServiceCollection services)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        services.AddLogging();
        return ConsoleApp.Composition.ConsoleComposition.AddPartnerConsoleServices(services, configuration, Path.GetTempPath());
    }
}
