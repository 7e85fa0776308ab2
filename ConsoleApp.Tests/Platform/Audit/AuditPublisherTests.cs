using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform.Audit;

/// <summary>The audit writer publishes every entry it commits, so an open audit page follows every area.</summary>
public sealed class AuditPublisherTests
{
    [Fact]
    public async Task SetIntegration_AuditedChange_IsPublishedOnAuditTopicForPartner()
    {
        await using var console = await TestConsole.StartAsync();
        var published = new List<ChangeEvent>();
        using var _ = console.Services.GetRequiredService<IChangeNotifier>().Subscribe(AuditLog.Topic, Tenant.Partner(DemoData.PartnerId),
            e => { lock (published) published.Add(e); return Task.CompletedTask; });
        await using var scope = console.As(TestUsers.PartnerAdmin);

        await console.Get<AccountEditService>(scope).SetIntegrationAsync(DemoData.AccountId, Integration.MiTeamMeetings, true);

        await using var db = await console.SystemDbAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "IntegrationChanged");
        await Eventually.TrueAsync(() => { lock (published) return published.Any(e => e.EntityId == entry.Id.ToString() && e.Action == "IntegrationChanged"); });
    }

    [Fact]
    public async Task SaveInRolledBackTransaction_AuditEntry_IsNotPublishedAndCommittedOneIsStamped()
    {
        await using var console = await TestConsole.StartAsync();
        var published = new List<ChangeEvent>();
        using var _ = console.Services.GetRequiredService<IChangeNotifier>().Subscribe(AuditLog.Topic, null,
            e => { lock (published) published.Add(e); return Task.CompletedTask; });
        var clock = console.Services.GetRequiredService<TimeProvider>();

        await using (var db = await console.SystemDbAsync())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            AuditLog.Record(db, TestUsers.PartnerAdmin, "Test", 1, "RolledBack");
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        await using (var db = await console.SystemDbAsync())
        {
            AuditLog.Record(db, TestUsers.PartnerAdmin, "Test", 2, "Committed");
            await db.SaveChangesAsync();
        }

        await Eventually.TrueAsync(() => { lock (published) return published.Any(e => e.Action == "Committed"); });
        lock (published) Assert.DoesNotContain(published, e => e.Action == "RolledBack");
        await using var check = await console.SystemDbAsync();
        var committed = await check.AuditEntries.SingleAsync(e => e.Action == "Committed");
        Assert.InRange(committed.At, clock.GetUtcNow().UtcDateTime.AddMinutes(-5), clock.GetUtcNow().UtcDateTime.AddMinutes(1));
    }
}
