using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>Orders a test creates for itself, so no test depends on the seeder's random shapes.</summary>
internal static class OrderTestData
{
    public static async Task<PartnerOrder> AddAsync(TestConsole console, string sapOrderId, DateTime? expiresAt,
        int? accountId = null, bool activated = false, int partnerId = DemoData.PartnerId, string? trackingNumber = null, string? customerPo = null)
    {
        await using var db = await console.SystemDbAsync();
        return await AddAsync(db, sapOrderId, expiresAt, accountId, activated, partnerId, trackingNumber, customerPo);
    }

    public static async Task<PartnerOrder> AddAsync(ConsoleDbContext db, string sapOrderId, DateTime? expiresAt,
        int? accountId = null, bool activated = false, int partnerId = DemoData.PartnerId, string? trackingNumber = null, string? customerPo = null)
    {
        var now = DateTime.UtcNow;
        var order = new PartnerOrder
        {
            PartnerId = partnerId,
            SapOrderId = sapOrderId,
            ResellerPoNumber = "RPO-" + sapOrderId,
            ResellerSapId = "104233",
            CustomerPoNumber = customerPo ?? "CPO-" + sapOrderId,
            TrackingNumber = trackingNumber ?? "TRK-" + sapOrderId,
            Product = OrderProduct.MiTeamMeetings,
            Licenses = 10,
            TermMonths = expiresAt is null ? 0 : 12,
            IsPerpetual = expiresAt is null,
            PurchasedAt = now.AddMonths(-11),
            ExpiresAt = expiresAt,
            AssignedAccountId = accountId,
            AssignedAt = accountId is null ? null : now.AddMonths(-10),
            ActivatedAt = activated ? now.AddMonths(-10) : null,
        };
        db.Add(order);
        await db.SaveChangesAsync();
        db.AddRange(PartnerOrderSearchTerm.For(order));
        await db.SaveChangesAsync();
        return order;
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}
