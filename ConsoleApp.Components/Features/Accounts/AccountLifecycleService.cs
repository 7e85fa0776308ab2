using ConsoleApp.Components.Platform.Errors;
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
/// orders return to unassigned so the partner can assign them to another account. All in one transaction: the
/// features whose rows point at the account (Orders) release them through <see cref="IAccountDeletionParticipant"/>,
/// so this feature writes only its own tables.
/// </summary>
public sealed class AccountLifecycleService(ConsoleDb consoleDb, IChangeNotifier notifier, IEnumerable<IAccountDeletionParticipant> participants,
    TimeProvider clock, ILogger<AccountLifecycleService> logger)
{
    public async Task DeactivateAsync(int accountId, CancellationToken ct = default) =>
        await SetStatusAsync(accountId, AccountStatus.Active, AccountStatus.Deactivated, "AccountDeactivated", "deactivate accounts", ct);

    public async Task ReactivateAsync(int accountId, CancellationToken ct = default) =>
        await SetStatusAsync(accountId, AccountStatus.Deactivated, AccountStatus.Active, "AccountReactivated", "reactivate accounts", ct);

    /// <summary>Deletes the account; returns what the other features released (e.g. the orders that went back to unassigned).</summary>
    public async Task<IReadOnlyList<AccountDeletionShare>> DeleteAsync(int accountId, string typedName, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequirePartner(user, "delete accounts");
        user.RequireRole("Only partner admins can delete accounts.", Roles.PartnerAdmin);
        await using var db = await consoleDb.OpenAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await AccountAccess.LoadAsync(db, accountId, ct);
        if (!string.Equals((typedName ?? "").Trim(), account.Name, StringComparison.Ordinal))
        {
            logger.LogInformation("Delete of account {AccountId} refused: the typed name did not match", accountId);
            throw new ValidationFailedException($"Type the account name exactly as shown (\"{account.Name}\") to delete it.");
        }

        var shares = new List<AccountDeletionShare>();
        foreach (var participant in participants) shares.Add(await participant.ReleaseAsync(db, user, account, ct));
        var contacts = await db.Set<SupportContact>().Where(c => c.AccountId == accountId).ToListAsync(ct);
        db.RemoveRange(contacts);

        var oldStatus = account.Status;
        account.Status = AccountStatus.Deleted;
        account.DeletedAt = clock.GetUtcNow().UtcDateTime;
        var oldValues = new Dictionary<string, object?>
        {
            ["Name"] = account.Name, ["AccountKey"] = account.AccountKey, ["Status"] = oldStatus.ToString(),
            ["SupportContacts"] = contacts.Select(c => c.Email).ToList(),
        };
        var newValues = new Dictionary<string, object?> { ["Status"] = nameof(AccountStatus.Deleted) };
        foreach (var share in shares)
        {
            oldValues[share.What] = share.Items;
            newValues[share.Outcome] = share.Items.Count;
        }
        newValues["SupportContactsRemoved"] = contacts.Count;
        AuditLog.Record(db, user, AccountEditService.Entity, account.Id, "AccountDeleted", oldValues, newValues, account.PartnerId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        AccountTopics.PublishAccount(notifier, account.PartnerId, account.Id, "deleted");
        foreach (var share in shares) share.AfterCommit();
        return shares;
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
