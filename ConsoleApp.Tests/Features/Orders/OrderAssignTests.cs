using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Orders;

public sealed class OrderAssignTests
{
    private const int DeactivatedAccountId = 8;
    private const int ActiveAccountId = 2;

    private static async Task<PartnerOrder?> ReloadAsync(TestConsole console, int id)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<PartnerOrder>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
    }

    [Fact]
    public async Task Assign_UnassignedOrderToActiveAccount_AssignsAuditsAndPublishes()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "ASSIGN-OK", DateTime.UtcNow.AddDays(100));
        var published = new List<ChangeEvent>();
        using var _ = console.Services.GetRequiredService<IChangeNotifier>().Subscribe(OrderTopics.Orders, Tenant.Partner(1), e => { lock (published) published.Add(e); return Task.CompletedTask; });

        await using var scope = console.As(TestUsers.PartnerStaff);
        var row = await console.Get<OrderService>(scope).AssignAsync(order.Id, ActiveAccountId);

        Assert.Equal(OrderStatus.PendingActivation, row.Status);
        Assert.Equal("Blue Harbor Logistics", row.AccountName);
        var stored = await ReloadAsync(console, order.Id);
        Assert.Equal(ActiveAccountId, stored!.AssignedAccountId);
        Assert.NotEqual(order.Version, stored.Version);
        await using var db = await console.SystemDbAsync();
        var audit = await db.AuditEntries.SingleAsync(a => a.Entity == OrderTopics.AuditEntity && a.EntityId == order.Id.ToString());
        Assert.Equal("Assign", audit.Action);
        Assert.Equal(TestUsers.PartnerStaff.Email, audit.UserEmail);
        Assert.Contains("Blue Harbor Logistics", audit.NewValues);
        await Eventually.TrueAsync(() => { lock (published) return published.Any(e => e.EntityId == order.Id.ToString()); });
    }

    [Fact]
    public async Task Assign_ExpiredOrder_RefusedAndUnchanged()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "EXPIRED-1", DateTime.UtcNow.AddDays(-1));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<OrderService>(scope).AssignAsync(order.Id, ActiveAccountId));
        Assert.Contains("expired", ex.Message);
        Assert.Null((await ReloadAsync(console, order.Id))!.AssignedAccountId);
    }

    [Fact]
    public async Task Assign_AlreadyAssignedOrder_RefusedNamingHolder()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "TAKEN-1", DateTime.UtcNow.AddDays(100), accountId: 3);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => console.Get<OrderService>(scope).AssignAsync(order.Id, ActiveAccountId));
        Assert.Contains("Cedar Point Clinics", ex.Message);
        Assert.Equal(3, (await ReloadAsync(console, order.Id))!.AssignedAccountId);
    }

    [Fact]
    public async Task Assign_DeactivatedAccount_RefusedAndUnchanged()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "DEACT-1", DateTime.UtcNow.AddDays(100));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<OrderService>(scope).AssignAsync(order.Id, DeactivatedAccountId));
        Assert.Contains("deactivated", ex.Message);
        Assert.Null((await ReloadAsync(console, order.Id))!.AssignedAccountId);
    }

    [Theory, AllProviders]
    public async Task Assign_OtherPartnersAccount_NotFoundAndUnchanged(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var order = await OrderTestData.AddAsync(console, "FOREIGN-ACC", DateTime.UtcNow.AddDays(100));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<OrderService>(scope).AssignAsync(order.Id, DemoData.OtherPartnerAccountId));
        Assert.Null((await ReloadAsync(console, order.Id))!.AssignedAccountId);
    }

    [Theory, AllProviders]
    public async Task Assign_OtherPartnersOrder_NotFoundAndUnchanged(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var order = await OrderTestData.AddAsync(console, "FOREIGN-ORD", DateTime.UtcNow.AddDays(100));
        await using var scope = console.As(TestUsers.OtherPartner);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<OrderService>(scope).AssignAsync(order.Id, DemoData.OtherPartnerAccountId));
        Assert.Null((await ReloadAsync(console, order.Id))!.AssignedAccountId);
    }

    [Fact]
    public async Task Assign_AccountUser_IsDenied()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "DENIED-1", DateTime.UtcNow.AddDays(100));
        await using var scope = console.As(TestUsers.AccountAdmin);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<OrderService>(scope).AssignAsync(order.Id, DemoData.AccountId));
        Assert.Null((await ReloadAsync(console, order.Id))!.AssignedAccountId);
    }

    [Theory, AllProviders]
    public async Task Assign_TwoStaffAtOnce_ExactlyOneWins(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var order = await OrderTestData.AddAsync(console, "RACE-1", DateTime.UtcNow.AddDays(100));
        await using var adminScope = console.As(TestUsers.PartnerAdmin);
        await using var staffScope = console.As(TestUsers.PartnerStaff);
        var admin = console.Get<OrderService>(adminScope);
        var staff = console.Get<OrderService>(staffScope);

        var attempts = new[] { Attempt(() => admin.AssignAsync(order.Id, 2)), Attempt(() => staff.AssignAsync(order.Id, 3)) };
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r is null);
        Assert.IsType<ConcurrencyConflictException>(Assert.Single(results, r => r is not null));
        var stored = await ReloadAsync(console, order.Id);
        Assert.Contains(stored!.AssignedAccountId, new int?[] { 2, 3 });
        await using var db = await console.SystemDbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Entity == OrderTopics.AuditEntity && a.EntityId == order.Id.ToString()));
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        await Task.Yield();
        try { await action(); return null; }
        catch (Exception ex) { return ex; }
    }

    [Fact]
    public async Task AssignMany_AllAssignable_AssignsEveryOrder()
    {
        await using var console = await TestConsole.StartAsync();
        var a = await OrderTestData.AddAsync(console, "BULK-A", DateTime.UtcNow.AddDays(100));
        var b = await OrderTestData.AddAsync(console, "BULK-B", null);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var rows = await console.Get<OrderService>(scope).AssignManyAsync([a.Id, b.Id], ActiveAccountId);
        Assert.Equal(2, rows.Count);
        Assert.Equal(ActiveAccountId, (await ReloadAsync(console, a.Id))!.AssignedAccountId);
        Assert.Equal(ActiveAccountId, (await ReloadAsync(console, b.Id))!.AssignedAccountId);
    }

    [Fact]
    public async Task AssignMany_OneExpired_NothingAssigned()
    {
        await using var console = await TestConsole.StartAsync();
        var ok = await OrderTestData.AddAsync(console, "BULK-OK", DateTime.UtcNow.AddDays(100));
        var expired = await OrderTestData.AddAsync(console, "BULK-EXP", DateTime.UtcNow.AddDays(-3));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<OrderService>(scope).AssignManyAsync([ok.Id, expired.Id], ActiveAccountId));
        Assert.Contains("BULK-EXP", ex.Message);
        Assert.Null((await ReloadAsync(console, ok.Id))!.AssignedAccountId);
        await using var db = await console.SystemDbAsync();
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.Entity == OrderTopics.AuditEntity && e.EntityId == ok.Id.ToString()));
    }

    [Theory, AllProviders]
    public async Task AssignMany_OneOfAnotherPartner_NothingAssigned(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var ok = await OrderTestData.AddAsync(console, "BULK-MINE", DateTime.UtcNow.AddDays(100));
        var foreign = await OrderTestData.AddAsync(console, "BULK-THEIRS", DateTime.UtcNow.AddDays(100), partnerId: DemoData.OtherPartnerId);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<OrderService>(scope).AssignManyAsync([ok.Id, foreign.Id], ActiveAccountId));
        Assert.Null((await ReloadAsync(console, ok.Id))!.AssignedAccountId);
        Assert.Null((await ReloadAsync(console, foreign.Id))!.AssignedAccountId);
    }

    [Fact]
    public async Task AssignMany_NoOrders_RefusedWithMessage()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<OrderService>(scope).AssignManyAsync([], ActiveAccountId));
        Assert.Contains("at least one", ex.Message);
    }

}
