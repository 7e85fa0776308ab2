using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Platform;

public sealed class TenantFilterTests
{
    [Theory, AllProviders]
    public async Task CustomerAccounts_PartnerUser_SeesOnlyOwnPartnersAccounts(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var db = await console.Get<ConsoleDb>(scope).OpenAsync();
        var partnerIds = await db.Set<CustomerAccount>().Select(a => a.PartnerId).Distinct().ToListAsync();
        Assert.Equal([DemoData.PartnerId], partnerIds);
        Assert.Equal(DemoData.AccountsOfPartner, await db.Set<CustomerAccount>().CountAsync());
    }

    [Theory, AllProviders]
    public async Task CustomerAccounts_AccountAdmin_SeesOnlyOwnAccount(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        await using var scope = console.As(TestUsers.AccountAdmin);
        await using var db = await console.Get<ConsoleDb>(scope).OpenAsync();
        var ids = await db.Set<CustomerAccount>().Select(a => a.Id).ToListAsync();
        Assert.Equal([DemoData.AccountId], ids);
    }

    [Theory, AllProviders]
    public async Task CustomerAccounts_OtherPartner_CannotFindFirstPartnersAccountById(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        await using var scope = console.As(TestUsers.OtherPartner);
        await using var db = await console.Get<ConsoleDb>(scope).OpenAsync();
        Assert.Null(await db.Set<CustomerAccount>().FirstOrDefaultAsync(a => a.Id == DemoData.AccountId));
        Assert.Equal(DemoData.AccountsOfOtherPartner, await db.Set<CustomerAccount>().CountAsync());
    }

    [Theory, AllProviders]
    public async Task CustomerAccounts_UsersWithoutPartner_SeeNothing(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        foreach (var user in new[] { TestUsers.ResellerAdmin, TestUsers.Employee, UserContext.Anonymous })
        {
            await using var scope = console.As(user);
            await using var db = await console.Get<ConsoleDb>(scope).OpenAsync();
            Assert.Equal(0, await db.Set<CustomerAccount>().CountAsync());
        }
    }

    [Theory, AllProviders]
    public async Task SaveChanges_VersionedEntityChangedByOtherContext_ThrowsConcurrencyConflict(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        await using var first = await console.SystemDbAsync();
        await using var second = await console.SystemDbAsync();
        var a = await first.Set<CustomerAccount>().SingleAsync(x => x.Id == DemoData.AccountId);
        var b = await second.Set<CustomerAccount>().SingleAsync(x => x.Id == DemoData.AccountId);
        a.City = "Dallas";
        await first.SaveChangesAsync();
        b.City = "Houston";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
