using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>What the Orders feature contributes to a customer account's page and to its deletion: the account's
/// MiTeam Meetings subscriptions, and returning its assigned orders to unassigned when it is deleted.</summary>
public sealed class OrdersOfAccount(IChangeNotifier notifier) : IAccountDeletionParticipant, IAccountSubscriptionSource
{
    public LiveTopic Topic => OrderTopics.Orders;

    public async Task<IReadOnlyList<AccountSubscription>> ForAccountAsync(ConsoleDbContext db, int accountId, CancellationToken ct) =>
        await db.Set<PartnerOrder>().AsNoTracking()
            .Where(o => o.AssignedAccountId == accountId && o.Product == OrderProduct.MiTeamMeetings)
            .OrderByDescending(o => o.AssignedAt).ThenBy(o => o.Id)
            .Select(o => new AccountSubscription(o.Id, o.SapOrderId, o.Licenses, o.TermMonths, o.IsPerpetual, o.AssignedAt, o.ActivatedAt, o.ExpiresAt))
            .ToListAsync(ct);

    public async Task<AccountDeletionShare> ReleaseAsync(ConsoleDbContext db, UserContext user, CustomerAccount account, CancellationToken ct)
    {
        var orders = await db.Set<PartnerOrder>().Where(o => o.AssignedAccountId == account.Id).ToListAsync(ct);
        foreach (var order in orders)
        {
            AuditLog.Record(db, user, OrderTopics.AuditEntity, order.Id, "OrderUnassigned",
                new { order.SapOrderId, order.AssignedAccountId, order.AssignedAt, order.ActivatedAt },
                new { AssignedAccountId = (int?)null, Reason = $"Account {account.Name} deleted" }, account.PartnerId);
            (order.AssignedAccountId, order.AssignedAt, order.ActivatedAt) = (null, null, null);
        }
        return new AccountDeletionShare("Orders", "OrdersUnassigned", orders.Select(o => o.SapOrderId).ToList(), () =>
        {
            foreach (var order in orders) notifier.Publish(OrderTopics.Orders, order.Id, Tenant.Partner(account.PartnerId), "unassigned");
        });
    }
}
