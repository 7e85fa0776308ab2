using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>
/// Partner actions on an account. Deactivate (partner admins and staff) is reversible: the account keeps its data
/// and assigned orders but becomes read-only and cannot receive orders. Delete (partner admins, after typing the
/// account's name) is a tombstone: the row stays with status Deleted so audit entries and other features' history
/// still resolve, but it is never shown again; its support contacts (personal data) are removed and its assigned
/// orders return to unassigned so the partner can assign them to another account. All in one transaction.
/// </summary>
public sealed class AccountLifecycleService(ConsoleDb consoleDb, ChangeNotifier notifier, ILogger<AccountLifecycleService> logger)
{
    public async Task DeactivateAsync(int accountId, CancellationToken ct = default) =>
        await SetStatusAsync(accountId, AccountStatus.Active, AccountStatus.Deactivated, "AccountDeactivated", "deactivate accounts", ct);

    public async Task ReactivateAsync(int accountId, CancellationToken ct = default) =>
        await SetStatusAsync(accountId, AccountStatus.Deactivated, AccountStatus.Active, "AccountReactivated", "reactivate accounts", ct);

    /// <summary>Deletes the account; returns the ids of the orders that went back to unassigned.</summary>
    public async Task<IReadOnlyList<int>> DeleteAsync(int accountId, string typedName, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequirePartner(user, "delete accounts");
        if (!user.IsInRole(Roles.PartnerAdmin)) throw new AccessDeniedException("Only partner admins can delete accounts.");
        await using var db = await consoleDb.OpenAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await AccountAccess.LoadAsync(db, accountId, ct);
        if (!string.Equals((typedName ?? "").Trim(), account.Name, StringComparison.Ordinal))
        {
            logger.LogInformation("Delete of account {AccountId} refused: the typed name did not match", accountId);
            throw new ValidationFailedException($"Type the account name exactly as shown (\"{account.Name}\") to delete it.");
        }

        var orders = await db.Set<PartnerOrder>().Where(o => o.AssignedAccountId == accountId).ToListAsync(ct);
        foreach (var order in orders)
        {
            AuditLog.Record(db, user, "PartnerOrder", order.Id, "OrderUnassigned",
                new { order.SapOrderId, order.AssignedAccountId, order.AssignedAt, order.ActivatedAt },
                new { AssignedAccountId = (int?)null, Reason = $"Account {account.Name} deleted" }, account.PartnerId);
            (order.AssignedAccountId, order.AssignedAt, order.ActivatedAt) = (null, null, null);
        }
        var contacts = await db.Set<SupportContact>().Where(c => c.AccountId == accountId).ToListAsync(ct);
        db.RemoveRange(contacts);

        var oldStatus = account.Status;
        account.Status = AccountStatus.Deleted;
        account.DeletedAt = DateTime.UtcNow;
        AuditLog.Record(db, user, AccountEditService.Entity, account.Id, "AccountDeleted",
            new { account.Name, account.AccountKey, Status = oldStatus.ToString(), SupportContacts = contacts.Select(c => c.Email).ToList(), Orders = orders.Select(o => o.SapOrderId).ToList() },
            new { Status = nameof(AccountStatus.Deleted), OrdersUnassigned = orders.Count, SupportContactsRemoved = contacts.Count },
            account.PartnerId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        AccountTopics.PublishAccount(notifier, account.PartnerId, account.Id, "deleted");
        foreach (var order in orders) notifier.Publish(AccountTopics.Orders, order.Id, AccountTopics.PartnerKey(account.PartnerId), "unassigned");
        return orders.Select(o => o.Id).ToList();
    }

    private async Task SetStatusAsync(int accountId, AccountStatus from, AccountStatus to, string action, string what, CancellationToken ct)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequirePartner(user, what);
        await using var db = await consoleDb.OpenAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await AccountAccess.LoadAsync(db, accountId, ct);
        if (account.Status != from)
        {
            var message = to == AccountStatus.Deactivated ? $"{account.Name} is already deactivated." : $"{account.Name} is already active.";
            logger.LogInformation("Status change of account {AccountId} refused: {Reason}", accountId, message);
            throw new ValidationFailedException(message);
        }
        account.Status = to;
        AuditLog.Record(db, user, AccountEditService.Entity, account.Id, action,
            new { Status = from.ToString() }, new { Status = to.ToString() }, account.PartnerId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        AccountTopics.PublishAccount(notifier, account.PartnerId, account.Id, to == AccountStatus.Active ? "reactivated" : "deactivated");
    }
}
