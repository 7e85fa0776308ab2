using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.Accounts;

/// <summary>Arranging helpers: the Orders feature seeds its own orders, so these tests create the ones they need.</summary>
internal static class AccountTestData
{
    public static async Task<PartnerOrder> AddOrderAsync(TestConsole console, int partnerId, int? accountId, OrderProduct product = OrderProduct.MiTeamMeetings)
    {
        await using var db = await console.SystemDbAsync();
        var n = await db.Set<PartnerOrder>().CountAsync() + 1;
        var order = new PartnerOrder
        {
            PartnerId = partnerId, SapOrderId = $"T{n:0000000}", TrackingNumber = $"TRK-{n}", Product = product, Licenses = 10,
            TermMonths = 12, PurchasedAt = DateTime.UtcNow.AddDays(-30), ExpiresAt = DateTime.UtcNow.AddDays(335),
            AssignedAccountId = accountId, AssignedAt = accountId is null ? null : DateTime.UtcNow.AddDays(-20),
            ActivatedAt = accountId is null ? null : DateTime.UtcNow.AddDays(-19),
        };
        db.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    public static async Task<CustomerAccount> AccountAsync(TestConsole console, int id)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<CustomerAccount>().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public static async Task<List<string>> AuditActionsAsync(TestConsole console, string entity, string entityId)
    {
        await using var db = await console.SystemDbAsync();
        return await db.AuditEntries.Where(a => a.Entity == entity && a.EntityId == entityId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }
}
