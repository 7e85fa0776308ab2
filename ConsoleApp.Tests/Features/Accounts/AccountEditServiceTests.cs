using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Accounts;

public sealed class AccountEditServiceTests
{
    private static CustomerInfoInput Edited(AccountDetails d) => d.Info with { City = "Dallas", PostalCode = "75201" };

    [Fact]
    public async Task UpdateInfo_Valid_SavesNormalizedAuditsChangedFieldsAndPublishes()
    {
        await using var console = await TestConsole.StartAsync();
        var published = new List<ChangeEvent>();
        using var _ = console.Services.GetRequiredService<IChangeNotifier>().Subscribe(AccountTopics.Accounts, null, e => { lock (published) published.Add(e); return Task.CompletedTask; });
        await using var scope = console.As(TestUsers.AccountAdmin);
        var details = await console.Get<AccountQueryService>(scope).GetAsync(DemoData.AccountId);

        var version = await console.Get<AccountEditService>(scope).UpdateInfoAsync(DemoData.AccountId, Edited(details) with { ProvinceState = "tx" }, details.Version);

        var saved = await AccountTestData.AccountAsync(console, DemoData.AccountId);
        Assert.Equal(("Dallas", "75201", "TX"), (saved.City, saved.PostalCode, saved.ProvinceState));
        Assert.Equal(version, saved.Version);
        Assert.NotEqual(details.Version, version);
        await using var db = await console.SystemDbAsync();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "AccountInfoUpdated");
        Assert.Equal("""{"City":"Austin","PostalCode":"73301"}""", audit.OldValues);
        Assert.Equal("""{"City":"Dallas","PostalCode":"75201"}""", audit.NewValues);
        await Eventually.TrueAsync(() => published.Any(e => e.Tenant == Tenant.Partner(1)) && published.Any(e => e.Tenant == Tenant.Account(1)));
    }

    [Fact]
    public async Task UpdateInfo_InvalidPostalCode_IsRefusedAndNothingStored()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var details = await console.Get<AccountQueryService>(scope).GetAsync(DemoData.AccountId);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            console.Get<AccountEditService>(scope).UpdateInfoAsync(DemoData.AccountId, details.Info with { PostalCode = "ABC" }, details.Version));
        Assert.True(ex.FieldErrors.ContainsKey(nameof(CustomerInfoInput.PostalCode)));
        Assert.Equal(details.Version, (await AccountTestData.AccountAsync(console, DemoData.AccountId)).Version);
        Assert.Empty(await AccountTestData.AuditActionsAsync(console, AccountEditService.Entity, "1"));
    }

    [Fact]
    public async Task UpdateInfo_BasedOnOldVersion_IsRefusedWithNewerValues()
    {
        await using var console = await TestConsole.StartAsync();
        await using var partner = console.As(TestUsers.PartnerAdmin);
        await using var admin = console.As(TestUsers.AccountAdmin);
        var seenByPartner = await console.Get<AccountQueryService>(partner).GetAsync(DemoData.AccountId);
        var seenByAdmin = await console.Get<AccountQueryService>(admin).GetAsync(DemoData.AccountId);
        await console.Get<AccountEditService>(admin).UpdateInfoAsync(DemoData.AccountId, seenByAdmin.Info with { City = "Houston" }, seenByAdmin.Version);

        var ex = await Assert.ThrowsAsync<AccountEditConflictException>(() =>
            console.Get<AccountEditService>(partner).UpdateInfoAsync(DemoData.AccountId, seenByPartner.Info with { City = "Dallas" }, seenByPartner.Version));

        Assert.Contains("City: now \"Houston\" (yours \"Dallas\")", ex.Message);
        Assert.Equal("Houston", ex.Current.City);
        Assert.Equal("Houston", (await AccountTestData.AccountAsync(console, DemoData.AccountId)).City);
    }

    [Fact]
    public async Task UpdateInfo_TwoEditorsAtOnce_ExactlyOneWins()
    {
        await using var console = await TestConsole.StartAsync();
        await using var a = console.As(TestUsers.PartnerAdmin);
        await using var b = console.As(TestUsers.PartnerStaff);
        var d = await console.Get<AccountQueryService>(a).GetAsync(5);
        var results = await Task.WhenAll(
            Try(() => console.Get<AccountEditService>(a).UpdateInfoAsync(5, d.Info with { City = "Alpha" }, d.Version)),
            Try(() => console.Get<AccountEditService>(b).UpdateInfoAsync(5, d.Info with { City = "Beta" }, d.Version)));
        Assert.Equal(1, results.Count(r => r is null));
        Assert.IsType<AccountEditConflictException>(Assert.Single(results, r => r is not null));
        Assert.Single(await AccountTestData.AuditActionsAsync(console, AccountEditService.Entity, "5"));
    }

    [Fact]
    public async Task SetIntegration_MiTeamMeetingsOn_TurnsPrivilegesOnAndAuditsOldAndNew()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.AccountAdmin);
        var state = await console.Get<AccountEditService>(scope).SetIntegrationAsync(DemoData.AccountId, Integration.MiTeamMeetings, true);
        Assert.True(state.MiTeamMeetings && state.AllowGuestAccess && state.DelegatedAuthentication);
        var reread = await console.Get<AccountQueryService>(scope).GetAsync(DemoData.AccountId);
        Assert.Equal(state, reread.Integrations);
        await using var db = await console.SystemDbAsync();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "IntegrationChanged");
        Assert.Equal("""{"MiTeamMeetings":false,"AllowGuestAccess":false}""", audit.OldValues);
        Assert.Equal("""{"MiTeamMeetings":true,"AllowGuestAccess":true}""", audit.NewValues);
    }

    [Fact]
    public async Task SetPrivilege_CarrierOff_IsRefused()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.AccountAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            console.Get<AccountEditService>(scope).SetPrivilegeAsync(DemoData.AccountId, Privilege.AllowGuestAccess, true));
        Assert.Contains("MiTeam Meetings is on", ex.Message);
        Assert.False((await console.Get<AccountQueryService>(scope).GetAsync(DemoData.AccountId)).Integrations.AllowGuestAccess);
    }

    [Fact]
    public async Task SetBandwidthOptimization_AccountWithoutSwitchRow_CreatesIt()
    {
        await using var console = await TestConsole.StartAsync();
        await using (var db = await console.SystemDbAsync())
            await db.Set<AccountIntegrations>().Where(i => i.AccountId == 2).ExecuteDeleteAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        await console.Get<AccountEditService>(scope).SetBandwidthOptimizationAsync(2, true);
        Assert.True((await console.Get<AccountQueryService>(scope).GetAsync(2)).BandwidthOptimization);
    }

    [Fact]
    public async Task Toggles_DeactivatedAccount_AreRefused()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            console.Get<AccountEditService>(scope).SetIntegrationAsync(8, Integration.Micc, true)); // account 8 is seeded deactivated
        Assert.Contains("deactivated", ex.Message);
    }

    [Fact]
    public async Task Toggles_OtherTenants_AreNotFound()
    {
        await using var console = await TestConsole.StartAsync();
        await using var admin = console.As(TestUsers.AccountAdmin);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<AccountEditService>(admin).SetIntegrationAsync(2, Integration.Micc, true));
        await using var other = console.As(TestUsers.OtherPartner);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<AccountEditService>(other).SetBandwidthOptimizationAsync(DemoData.AccountId, true));
    }

    internal static async Task<Exception?> Try(Func<Task> action)
    {
        try { await action(); return null; }
        catch (Exception ex) { return ex; }
    }

}
