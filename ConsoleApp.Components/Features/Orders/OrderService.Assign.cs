using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Orders;

public sealed partial class OrderService
{
    public const int MaxBulkAssign = 200;

    /// <summary>
    /// Assigns one order to one of the partner's active accounts. Refused, with nothing changed, when the order is
    /// EXPIRED, already assigned (someone else was faster), or the account is not the partner's (not found) or
    /// deactivated.
    /// </summary>
    public async Task<OrderRow> AssignAsync(int orderId, int accountId, CancellationToken ct = default) =>
        (await AssignManyAsync([orderId], accountId, ct))[0];

    /// <summary>Assigns every selected order to one account, all or nothing: one refused order refuses them all.</summary>
    public async Task<IReadOnlyList<OrderRow>> AssignManyAsync(IReadOnlyCollection<int> orderIds, int accountId, CancellationToken ct = default)
    {
        var user = await RequirePartnerUserAsync();
        var ids = orderIds.Distinct().ToList();
        if (ids.Count == 0) throw new ValidationFailedException("Select at least one order to assign.");
        if (ids.Count > MaxBulkAssign) throw new ValidationFailedException($"Assign at most {MaxBulkAssign} orders at once.");
        var partnerId = user.PartnerId!.Value;
        var single = ids.Count == 1;

        await using var db = await consoleDb.OpenAsync(user, ct);
        // SQLite begins this as BEGIN IMMEDIATE: the checks below and the update see no other writer in between.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A failed save rolls the whole transaction back, so the savepoint EF would set around it is never used; on
        // PostgreSQL they were two more statements per assignment (SAVEPOINT, RELEASE SAVEPOINT).
        db.Database.AutoSavepointsEnabled = false;
        var now = CurrentUtc;
        var account = await db.Set<CustomerAccount>().AsNoTracking()
            .Where(a => a.Id == accountId && a.PartnerId == partnerId)
            .Select(a => new { a.Id, a.Name, a.Status })
            .FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("That account was not found among your customer accounts.");
        if (account.Status == AccountStatus.Deactivated)
            throw new ValidationFailedException($"{account.Name} is deactivated; orders cannot be assigned to it. Nothing was changed.");

        // By primary key only: with a partner term SQLite preferred scanning the partner's index. The tenant filter
        // still applies, and the partner is checked on the rows.
        var orders = (await db.Set<PartnerOrder>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct))
            .Where(o => o.PartnerId == partnerId).ToList();
        if (orders.Count != ids.Count)
            throw new NotFoundException(single ? "That order was not found." : "Some of the selected orders were not found. Nothing was assigned.");

        var expired = orders.Where(o => OrderStatusRules.Evaluate(o, now, ExpiringWindow) == OrderStatus.Expired).ToList();
        if (expired.Count > 0)
            throw new ValidationFailedException(single
                ? $"Order {expired[0].SapOrderId} expired on {OrderFormats.DateText(expired[0].ExpiresAt)} and can no longer be assigned."
                : $"Expired orders cannot be assigned: {string.Join(", ", expired.Select(o => o.SapOrderId))}. Nothing was assigned.");

        var taken = orders.Where(o => o.AssignedAccountId is not null).ToList();
        if (taken.Count > 0)
        {
            var holderIds = taken.Select(o => o.AssignedAccountId!.Value).Distinct().ToList();
            var holders = await db.Set<CustomerAccount>().Where(a => holderIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
            throw new ConcurrencyConflictException(single
                ? $"Order {taken[0].SapOrderId} is already assigned to {holders.GetValueOrDefault(taken[0].AssignedAccountId!.Value, "another account")}. Nothing was changed."
                : $"Already assigned: {string.Join(", ", taken.Select(o => $"{o.SapOrderId} ({holders.GetValueOrDefault(o.AssignedAccountId!.Value, "another account")})"))}. Nothing was assigned.");
        }

        // The conditional update is the guard that holds even if a check above raced: it changes only rows that are
        // still unassigned and unexpired, and anything less than all of them rolls the whole request back.
        var version = Guid.NewGuid();
        var changed = await db.Set<PartnerOrder>()
            .Where(o => ids.Contains(o.Id) && o.AssignedAccountId == null && (o.ExpiresAt == null || o.ExpiresAt > now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.AssignedAccountId, accountId)
                .SetProperty(o => o.AssignedAt, now)
                .SetProperty(o => o.Version, version), ct);
        if (changed != ids.Count)
            throw new ConcurrencyConflictException("Another user changed these orders at the same time. Nothing was assigned; reload and try again.");

        foreach (var o in orders)
            AuditLog.Record(db, user, OrderTopics.AuditEntity, o.Id, single ? "Assign" : "BulkAssign",
                new { o.SapOrderId, AssignedAccountId = (int?)null },
                new { o.SapOrderId, AssignedAccountId = account.Id, AccountName = account.Name });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Assigned {Count} order(s) {OrderIds} to account {AccountId}", ids.Count, ids, account.Id);

        foreach (var o in orders) notifier.Publish(OrderTopics.Orders, o.Id, Tenant.Partner(partnerId), "assigned");
        return orders.Select(o =>
        {
            o.AssignedAccountId = account.Id;
            o.AssignedAt = now;
            o.Version = version;
            return OrderRow.From(o, account.Name, now, ExpiringWindow);
        }).ToList();
    }
}
