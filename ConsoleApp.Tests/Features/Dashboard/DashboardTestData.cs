using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.Dashboard;

/// <summary>Rows a dashboard test arranges for itself (the demo data's own shapes are never counted on).</summary>
internal static class DashboardTestData
{
    public static async Task<MarketplaceOrder> AddMarketplaceOrderAsync(TestConsole console, string name, OrderStatus status, DateTime updatedAt,
        DateTime? submittedAt = null, int partnerId = DemoData.PartnerId, int accountId = DemoData.AccountId, string? vendorMessage = null)
    {
        await using var db = await console.SystemDbAsync();
        var order = new MarketplaceOrder
        {
            PartnerId = partnerId,
            AccountId = accountId,
            Name = name,
            Status = status,
            CreatedByUserId = "test",
            CreatedByName = "Test",
            CreatedByOrganization = "Test",
            CreatedAt = (submittedAt ?? updatedAt).AddMinutes(-5),
            UpdatedAt = updatedAt,
            SubmittedAt = submittedAt ?? updatedAt.AddMinutes(-10),
            CompletedAt = status is OrderStatus.Completed or OrderStatus.CompletedWithErrors ? updatedAt : null,
            VisibleToCustomer = true,
            VendorMessage = vendorMessage,
        };
        db.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    public static async Task AddPartnerAsync(TestConsole console, int partnerId)
    {
        await using var db = await console.SystemDbAsync();
        db.Add(new Partner { Id = partnerId, Name = $"Test partner {partnerId}" });
        await db.SaveChangesAsync();
    }

    /// <summary>Deactivates <paramref name="accountId"/> without touching its subscriptions (as happens when a partner
    /// deactivates an account and forgets the rest).</summary>
    public static async Task<CustomerAccount> DeactivateAsync(TestConsole console, int accountId)
    {
        await using var db = await console.SystemDbAsync();
        var account = await db.Set<CustomerAccount>().FirstAsync(a => a.Id == accountId);
        account.Status = AccountStatus.Deactivated;
        await db.SaveChangesAsync();
        return account;
    }

    /// <summary>A new active account of <paramref name="partnerId"/>, without licence orders or marketplace subscriptions.</summary>
    public static async Task<int> AccountWithoutSubscriptionsAsync(TestConsole console, int partnerId = DemoData.PartnerId)
    {
        await using var db = await console.SystemDbAsync();
        var account = new CustomerAccount { PartnerId = partnerId, Name = "Dashboard Test " + Guid.NewGuid().ToString("N")[..6], AccountKey = "DT-" + Guid.NewGuid().ToString("N")[..10], CreatedAt = DateTime.UtcNow };
        db.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }
}
