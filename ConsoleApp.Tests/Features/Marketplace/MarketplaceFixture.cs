using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Marketplace;

/// <summary>A test console whose simulated vendor answers at once and whose worker moves on without dwelling.</summary>
internal static class MarketplaceFixture
{
    public const int Acme = DemoData.AccountId;

    public static Task<TestConsole> StartAsync() => TestConsole.StartAsync(settings: new()
    {
        ["Marketplace:SimulatedVendor:ProvisioningDelayMilliseconds"] = "0",
        ["Marketplace:SimulatedVendor:ConfirmationDelayMilliseconds"] = "0",
        ["Marketplace:Provisioning:DwellSeconds"] = "0",
    });

    public static async Task<MarketplaceSubscription> SubscriptionAsync(this TestConsole console, string product, int accountId = Acme)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<MarketplaceSubscription>().AsNoTracking().FirstAsync(s => s.AccountId == accountId && s.ProductName == product);
    }

    public static async Task<MarketplaceOrder> OrderAsync(this TestConsole console, int id)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<MarketplaceOrder>().AsNoTracking().Include(o => o.Items).FirstAsync(o => o.Id == id);
    }

    public static async Task<MarketplaceOrder> SeededOrderAsync(this TestConsole console, OrderStatus status, bool markupOnly = false)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<MarketplaceOrder>().AsNoTracking().Include(o => o.Items)
            .FirstAsync(o => o.AccountId == Acme && o.Status == status && o.VisibleToCustomer == !markupOnly);
    }

    public static ProvisioningWorker Worker(this TestConsole console) => console.Services.GetRequiredService<ProvisioningWorker>();

    public static async Task<int> CreateAsync(this TestConsole console, Components.Platform.Tenancy.UserContext user, int? accountId, params ChangeRequest[] changes)
    {
        await using var scope = console.As(user);
        return await console.Get<MarketplaceOrderService>(scope).CreateAsync(accountId, changes);
    }

    public static async Task ApplyAsync(this TestConsole console, Components.Platform.Tenancy.UserContext user, int? accountId, int orderId, OrderAction action)
    {
        await using var scope = console.As(user);
        await console.Get<MarketplaceOrderService>(scope).ApplyAsync(accountId, orderId, action);
    }
}
