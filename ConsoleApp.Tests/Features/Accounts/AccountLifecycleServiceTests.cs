using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Accounts;

public sealed class AccountLifecycleServiceTests
{
    [Fact]
    public async Task Deactivate_ThenReactivate_ChangesStatusCounterAndAudits()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        var counter = new ActiveAccountsCounter(console.Get<ConsoleDb>(scope));
        var before = await counter.CountAsync(TestUsers.PartnerStaff, default);
        var svc = console.Get<AccountLifecycleService>(scope);

        await svc.DeactivateAsync(10);
        Assert.Equal(AccountStatus.Deactivated, (await AccountTestData.AccountAsync(console, 10)).Status);
        Assert.Equal(before - 1, await counter.CountAsync(TestUsers.PartnerStaff, default));
        await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<AccountEditService>(scope).SetBandwidthOptimizationAsync(10, true));

        await svc.ReactivateAsync(10);
        Assert.Equal(before, await counter.CountAsync(TestUsers.PartnerStaff, default));
        Assert.Equal(["AccountDeactivated", "AccountReactivated"], await AccountTestData.AuditActionsAsync(console, AccountEditService.Entity, "10"));
    }

    [Fact]
    public async Task Deactivate_TwoPartnerUsersAtOnce_ExactlyOneWins()
    {
        await using var console = await TestConsole.StartAsync();
        await using var a = console.As(TestUsers.PartnerAdmin);
        await using var b = console.As(TestUsers.PartnerStaff);
        var results = await Task.WhenAll(
            AccountEditServiceTests.Try(() => console.Get<AccountLifecycleService>(a).DeactivateAsync(11)),
            AccountEditServiceTests.Try(() => console.Get<AccountLifecycleService>(b).DeactivateAsync(11)));
        Assert.Equal(1, results.Count(r => r is null));
        Assert.Contains("already deactivated", Assert.Single(results, r => r is not null)!.Message);
        Assert.Single(await AccountTestData.AuditActionsAsync(console, AccountEditService.Entity, "11"));
    }

    [Fact]
    public async Task DeactivateAndDelete_AccountAdmin_AreDenied()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.AccountAdmin);
        var svc = console.Get<AccountLifecycleService>(scope);
        await Assert.ThrowsAsync<AccessDeniedException>(() => svc.DeactivateAsync(DemoData.AccountId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => svc.DeleteAsync(DemoData.AccountId, "Acme Dental Group"));
        Assert.Equal(AccountStatus.Active, (await AccountTestData.AccountAsync(console, DemoData.AccountId)).Status);
    }

    [Fact]
    public async Task Delete_PartnerStaff_IsDenied()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<AccountLifecycleService>(scope).DeleteAsync(12, "Lakeside Veterinary"));
    }

    [Fact]
    public async Task Delete_WrongName_IsRefusedAndNothingChanges()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<AccountLifecycleService>(scope).DeleteAsync(12, "lakeside veterinary"));
        Assert.Contains("Lakeside Veterinary", ex.Message);
        Assert.Equal(AccountStatus.Active, (await AccountTestData.AccountAsync(console, 12)).Status);
    }

    [Fact]
    public async Task Delete_WithAssignedOrders_UnassignsOrdersRemovesContactsKeepsAuditAndPublishes()
    {
        await using var console = await TestConsole.StartAsync();
        var meetings = await AccountTestData.AddOrderAsync(console, DemoData.PartnerId, 12);
        var mitelOne = await AccountTestData.AddOrderAsync(console, DemoData.PartnerId, 12, OrderProduct.MitelOne);
        var untouched = await AccountTestData.AddOrderAsync(console, DemoData.PartnerId, 13);
        var events = new List<ChangeEvent>();
        var notifier = console.Services.GetRequiredService<IChangeNotifier>();
        using var s1 = notifier.Subscribe(OrderTopics.Orders, Tenant.Partner(1), e => { lock (events) events.Add(e); return Task.CompletedTask; });
        using var s2 = notifier.Subscribe(AccountTopics.Accounts, Tenant.Partner(1), e => { lock (events) events.Add(e); return Task.CompletedTask; });
        await using var scope = console.As(TestUsers.PartnerAdmin);
        // The demo data may already have assigned orders to this account; they are unassigned too.
        List<string> expected;
        await using (var before = await console.SystemDbAsync())
            expected = await before.Set<PartnerOrder>().Where(o => o.AssignedAccountId == 12).Select(o => o.SapOrderId).ToListAsync();
        Assert.Contains(meetings.SapOrderId, expected);
        Assert.Contains(mitelOne.SapOrderId, expected);

        var released = await console.Get<AccountLifecycleService>(scope).DeleteAsync(12, " Lakeside Veterinary ");

        Assert.Equal(expected.Order(), released.Single(s => s.What == "Orders").Items.Order());
        await using var db = await console.SystemDbAsync();
        var orders = await db.Set<PartnerOrder>().ToDictionaryAsync(o => o.Id);
        Assert.Null(orders[meetings.Id].AssignedAccountId);
        Assert.Null(orders[mitelOne.Id].ActivatedAt);
        Assert.Equal(13, orders[untouched.Id].AssignedAccountId);
        Assert.False(await db.Set<SupportContact>().AnyAsync(c => c.AccountId == 12));
        var account = await db.Set<CustomerAccount>().SingleAsync(a => a.Id == 12);
        Assert.Equal(AccountStatus.Deleted, account.Status);
        Assert.NotNull(account.DeletedAt);
        Assert.Equal(["OrderUnassigned"], await AccountTestData.AuditActionsAsync(console, "PartnerOrder", meetings.Id.ToString()));
        Assert.Contains("AccountDeleted", await AccountTestData.AuditActionsAsync(console, AccountEditService.Entity, "12"));
        await Eventually.TrueAsync(() => { lock (events) return events.Count(e => e.Topic == OrderTopics.Orders) == expected.Count && events.Any(e => e.Topic == AccountTopics.Accounts && e.Action == "deleted"); });

        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<AccountQueryService>(scope).GetAsync(12));
        var list = await console.Get<AccountQueryService>(scope).SearchAsync(new AccountFilter("Lakeside"), new PageRequest());
        Assert.Equal(0, list.Total);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<AccountLifecycleService>(scope).DeleteAsync(12, "Lakeside Veterinary"));
    }

    [Fact]
    public async Task Delete_OtherPartnersAccount_IsNotFound()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.OtherPartner);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<AccountLifecycleService>(scope).DeleteAsync(12, "Lakeside Veterinary"));
        Assert.Equal(AccountStatus.Active, (await AccountTestData.AccountAsync(console, 12)).Status);
    }
}
