using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;

namespace ConsoleApp.Components.Platform.Tenancy;

/// <summary>
/// A feature whose rows point at a customer account and must let go of them when the account is deleted (Orders
/// returns the account's orders to unassigned). The Accounts feature calls every participant inside its delete
/// transaction, on its own context, so the tombstone, each feature's changes and their audit entries commit or
/// roll back together; each feature still writes only its own tables.
/// A contract rather than a published event: the work must happen in the deleting transaction and may veto it by
/// throwing, which an after-commit event could not do.
/// </summary>
public interface IAccountDeletionParticipant
{
    /// <summary>Changes (and audits) this feature's rows on <paramref name="db"/>; the caller saves and commits.</summary>
    Task<AccountDeletionShare> ReleaseAsync(ConsoleDbContext db, UserContext user, CustomerAccount account, CancellationToken ct);
}

/// <summary>What a participant did, for the account's own audit entry, and what it publishes once committed.</summary>
/// <param name="What">What the items are, e.g. "Orders" (the audit entry's old values list them under this name).</param>
/// <param name="Outcome">What happened to them, e.g. "OrdersUnassigned" (the new values count them under this name).</param>
/// <param name="Items">Labels users recognise (SAP order ids).</param>
/// <param name="AfterCommit">Publishes the participant's live changes; runs only after the transaction committed.</param>
public sealed record AccountDeletionShare(string What, string Outcome, IReadOnlyList<string> Items, Action AfterCommit);

/// <summary>The licence subscriptions assigned to an account, as another feature (Orders) records them, for the
/// account's page. Read on the caller's context, so the caller's tenant filter applies.</summary>
public interface IAccountSubscriptionSource
{
    /// <summary>The live topic (published for the partner's tenant) on which the subscriptions change.</summary>
    LiveTopic Topic { get; }
    Task<IReadOnlyList<AccountSubscription>> ForAccountAsync(ConsoleDbContext db, int accountId, CancellationToken ct);
}

public sealed record AccountSubscription(int OrderId, string SapOrderId, int Licenses, int TermMonths, bool IsPerpetual,
    DateTime? AssignedAt, DateTime? ActivatedAt, DateTime? ExpiresAt);
