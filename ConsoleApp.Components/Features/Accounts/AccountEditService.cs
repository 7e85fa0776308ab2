using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>Changes by partner users and the account's admin: customer information, integrations, privileges,
/// call services. Each change is one transaction with its audit entry, published after commit.</summary>
public sealed class AccountEditService(ConsoleDb consoleDb, IChangeNotifier notifier, TimeProvider clock, ILogger<AccountEditService> logger)
{
    public const string Entity = "CustomerAccount";

    /// <summary>Saves the customer information if the account is still at <paramref name="basedOnVersion"/>;
    /// returns the new version. An edit based on an older version is refused with the newer values.</summary>
    public async Task<Guid> UpdateInfoAsync(int accountId, CustomerInfoInput input, Guid basedOnVersion, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequireViewer(user);
        var (info, errors) = CustomerInfoRules.Validate(input);
        if (errors.Count > 0)
        {
            logger.LogInformation("Customer information of account {AccountId} refused: {Errors}", accountId, string.Join("; ", errors.Values));
            throw new ValidationFailedException("Some fields need attention: " + string.Join(" ", errors.Values), errors);
        }

        await using var db = await consoleDb.OpenAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await AccountAccess.LoadEditableAsync(db, user, accountId, ct);
        var current = AccountDetails.InfoOf(account);
        if (current == info) return account.Version;
        if (account.Version != basedOnVersion) throw Conflict(account, info);

        var (old, @new) = AuditDiff.Of(current, info);
        (account.Name, account.Country, account.ProvinceState, account.Address) = (info.Name, info.Country, info.ProvinceState, info.Address);
        (account.City, account.PostalCode, account.DefaultLanguage, account.BusinessType) = (info.City, info.PostalCode, info.DefaultLanguage, info.BusinessType);
        AuditLog.Record(db, user, Entity, account.Id, "AccountInfoUpdated", old, @new, account.PartnerId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await consoleDb.OpenAsync(user, ct);
            throw Conflict(await AccountAccess.LoadAsync(fresh, accountId, ct), info);
        }
        await tx.CommitAsync(ct);
        AccountTopics.PublishAccount(notifier, account.PartnerId, account.Id, "info");
        return account.Version;
    }

    public Task<IntegrationState> SetIntegrationAsync(int accountId, Integration integration, bool on, CancellationToken ct = default) =>
        ChangeSwitchesAsync(accountId, "IntegrationChanged", row => row.Apply(IntegrationRules.SetIntegration(row.State, integration, on)), ct);

    public Task<IntegrationState> SetPrivilegeAsync(int accountId, Privilege privilege, bool on, CancellationToken ct = default) =>
        ChangeSwitchesAsync(accountId, "PrivilegeChanged", row =>
        {
            if (!IntegrationRules.CanToggle(row.State, privilege))
                throw new ValidationFailedException($"{IntegrationRules.Label(privilege)} can only be changed while {IntegrationRules.CarrierList(privilege)} is on.");
            row.Apply(IntegrationRules.SetPrivilege(row.State, privilege, on));
        }, ct);

    public Task<IntegrationState> SetBandwidthOptimizationAsync(int accountId, bool on, CancellationToken ct = default) =>
        ChangeSwitchesAsync(accountId, "BandwidthOptimizationChanged", row => row.BandwidthOptimization = on, ct);

    private async Task<IntegrationState> ChangeSwitchesAsync(int accountId, string action, Action<AccountIntegrations> change, CancellationToken ct)
    {
        var user = await consoleDb.UserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        // SQLite transactions begin IMMEDIATE here, so concurrent toggles run one after the other on fresh state.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await AccountAccess.LoadEditableAsync(db, user, accountId, ct);
        var row = await db.Set<AccountIntegrations>().SingleOrDefaultAsync(i => i.AccountId == accountId, ct);
        if (row is null)
        {
            row = new AccountIntegrations { AccountId = account.Id, PartnerId = account.PartnerId };
            db.Add(row);
        }
        var before = Snapshot.Of(row);
        try
        {
            change(row);
        }
        catch (ValidationFailedException ex)
        {
            logger.LogInformation("Switch change on account {AccountId} refused: {Reason}", accountId, ex.Message);
            throw;
        }
        var after = Snapshot.Of(row);
        if (before == after) return row.State;

        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var (old, @new) = AuditDiff.Of(before, after);
        AuditLog.Record(db, user, Entity, account.Id, action, old, @new, account.PartnerId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        AccountTopics.PublishAccount(notifier, account.PartnerId, account.Id, "switches");
        return row.State;
    }

    private static AccountEditConflictException Conflict(CustomerAccount current, CustomerInfoInput yours)
    {
        var now = AccountDetails.InfoOf(current);
        var (theirs, mine) = AuditDiff.Of(now, yours);
        var differences = string.Join("; ", theirs.Keys.Select(k => $"{FieldLabel(k)}: now \"{theirs[k]}\" (yours \"{mine[k]}\")"));
        return new AccountEditConflictException(
            "Someone else saved this account while you were editing, so your changes were not saved. " +
            $"The newer values are: {differences}.", now, current.Version);
    }

    public static string FieldLabel(string property) => property switch
    {
        nameof(CustomerInfoInput.Name) => "Customer Name",
        nameof(CustomerInfoInput.ProvinceState) => "Province / State",
        nameof(CustomerInfoInput.PostalCode) => "Postal / ZIP code",
        nameof(CustomerInfoInput.DefaultLanguage) => "Default Language",
        nameof(CustomerInfoInput.BusinessType) => "Business Type",
        _ => property,
    };

    private sealed record Snapshot(bool Micc, bool MiTeamMeetings, bool MiCollab, bool DelegatedAuthentication, bool AllowGuestAccess, bool BandwidthOptimization)
    {
        public static Snapshot Of(AccountIntegrations r) =>
            new(r.Micc, r.MiTeamMeetings, r.MiCollab, r.DelegatedAuthentication, r.AllowGuestAccess, r.BandwidthOptimization);
    }
}
