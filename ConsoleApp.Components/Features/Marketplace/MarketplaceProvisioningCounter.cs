using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>Marketplace orders with the vendor right now (Provisioning started): across the partner's accounts
/// for partner users, the own account's (markup-only orders excluded) for customer roles.</summary>
public sealed class MarketplaceProvisioningCounter(ConsoleDb consoleDb) : IDashboardCounter
{
    public string Area => "Marketplace";
    public string Title => "Marketplace orders provisioning";
    public LiveTopic Topic => MarketplaceTopics.Topic;
    public string Link => "/marketplace/orders";
    public bool IsVisibleTo(UserContext user) => CustomerScopeResolver.MayUse(user);

    public async Task<int> CountAsync(UserContext user, CancellationToken ct)
    {
        if (!IsVisibleTo(user)) return 0;
        await using var db = await consoleDb.OpenAsync(user, ct);
        var query = db.Set<MarketplaceOrder>().Where(o => o.Status == OrderStatus.ProvisioningStarted);
        if (!user.IsPartnerUser) query = query.Where(o => o.VisibleToCustomer && o.AccountId == user.AccountId);
        return await query.CountAsync(ct);
    }
}
