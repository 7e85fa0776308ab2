using ConsoleApp.Components.Platform.Errors;
namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>What moves an order from one status to the next.</summary>
public enum OrderAction
{
    /// <summary>A user saves a started order to finish it later.</summary>
    SaveDraft,
    /// <summary>A user takes a draft up again; it becomes a started (editable) order.</summary>
    Resume,
    /// <summary>A user removes a started order from the cart.</summary>
    Delete,
    /// <summary>A user sends a started order to the vendors.</summary>
    Submit,
    /// <summary>The vendor provisioned every item (provisioning worker).</summary>
    ProvisioningSucceeded,
    /// <summary>The vendor refused at least one item (provisioning worker).</summary>
    ProvisioningRejected,
    /// <summary>The worker hands a provisioned order to the vendor's purchase confirmation (activation and billing).</summary>
    Confirm,
    /// <summary>The vendor confirmed the purchase (provisioning worker).</summary>
    Complete,
    /// <summary>A failed order is closed with the vendor's error kept (provisioning worker).</summary>
    CloseWithErrors,
}

public enum OrderView { Recent, Historical }

/// <summary>Historical filter. Active = orders actually sent to the vendors (In progress, Completed, Completed
/// with errors); Draft = saved drafts; All = both.</summary>
public enum HistoryFilter { Active, Draft, All }

/// <summary>
/// The order life cycle in one place (pure, no I/O):
/// <code>
/// Started ─SaveDraft→ Draft ─Resume→ Started
/// Started ─Delete→ Deleted (final)
/// Started ─Submit→ ProvisioningStarted ─ProvisioningSucceeded→ ProvisioningFinished ─Confirm→ InProgress ─Complete→ Completed
///                                      ─ProvisioningRejected→ ProvisioningFailed ─CloseWithErrors→ CompletedWithErrors
/// </code>
/// Recent orders are the changeable, unprocessed ones (Started, Provisioning started/finished/failed, Deleted);
/// historical ones are processed and read-only (In progress, Draft, Completed with errors, Completed): their
/// items never change, and the only way out of history is resuming a Draft. Notes may be added in any status.
/// </summary>
public static class OrderLifecycle
{
    private static readonly Dictionary<(OrderStatus, OrderAction), OrderStatus> Transitions = new()
    {
        [(OrderStatus.Started, OrderAction.SaveDraft)] = OrderStatus.Draft,
        [(OrderStatus.Draft, OrderAction.Resume)] = OrderStatus.Started,
        [(OrderStatus.Started, OrderAction.Delete)] = OrderStatus.Deleted,
        [(OrderStatus.Started, OrderAction.Submit)] = OrderStatus.ProvisioningStarted,
        [(OrderStatus.ProvisioningStarted, OrderAction.ProvisioningSucceeded)] = OrderStatus.ProvisioningFinished,
        [(OrderStatus.ProvisioningStarted, OrderAction.ProvisioningRejected)] = OrderStatus.ProvisioningFailed,
        [(OrderStatus.ProvisioningFinished, OrderAction.Confirm)] = OrderStatus.InProgress,
        [(OrderStatus.InProgress, OrderAction.Complete)] = OrderStatus.Completed,
        [(OrderStatus.ProvisioningFailed, OrderAction.CloseWithErrors)] = OrderStatus.CompletedWithErrors,
    };

    /// <summary>Actions a user starts; the rest belong to the provisioning worker.</summary>
    public static readonly IReadOnlySet<OrderAction> UserActions =
        new HashSet<OrderAction> { OrderAction.SaveDraft, OrderAction.Resume, OrderAction.Delete, OrderAction.Submit };

    public static readonly IReadOnlyList<OrderStatus> RecentStatuses =
        [OrderStatus.Started, OrderStatus.ProvisioningStarted, OrderStatus.ProvisioningFinished, OrderStatus.ProvisioningFailed, OrderStatus.Deleted];

    public static readonly IReadOnlyList<OrderStatus> HistoricalStatuses =
        [OrderStatus.InProgress, OrderStatus.Draft, OrderStatus.CompletedWithErrors, OrderStatus.Completed];

    public static bool CanApply(OrderStatus from, OrderAction action) => Transitions.ContainsKey((from, action));

    /// <summary>The status after <paramref name="action"/>, or an exception naming why it is refused.</summary>
    public static OrderStatus Apply(OrderStatus from, OrderAction action) =>
        Transitions.TryGetValue((from, action), out var to)
            ? to
            : throw new InvalidOrderTransitionException(from, action, RefusalReason(from, action));

    /// <summary>Only a started order's items may change.</summary>
    public static bool IsEditable(OrderStatus status) => status == OrderStatus.Started;

    public static bool IsHistorical(OrderStatus status) => HistoricalStatuses.Contains(status);

    public static OrderView ViewOf(OrderStatus status) => IsHistorical(status) ? OrderView.Historical : OrderView.Recent;

    public static IReadOnlyList<OrderStatus> StatusesFor(OrderView view, HistoryFilter filter) => view switch
    {
        OrderView.Recent => RecentStatuses,
        _ => filter switch
        {
            HistoryFilter.Active => [OrderStatus.InProgress, OrderStatus.CompletedWithErrors, OrderStatus.Completed],
            HistoryFilter.Draft => [OrderStatus.Draft],
            _ => HistoricalStatuses,
        },
    };

    /// <summary>The actions a user may take on an order in <paramref name="status"/> (for the buttons).</summary>
    public static IReadOnlyList<OrderAction> UserActionsFor(OrderStatus status) =>
        UserActions.Where(a => CanApply(status, a)).OrderBy(a => a).ToList();

    public static string Label(OrderStatus status) => status switch
    {
        OrderStatus.Started => "Started",
        OrderStatus.ProvisioningStarted => "Provisioning started",
        OrderStatus.ProvisioningFinished => "Provisioning finished",
        OrderStatus.ProvisioningFailed => "Provisioning failed",
        OrderStatus.Deleted => "Deleted",
        OrderStatus.InProgress => "In progress",
        OrderStatus.Draft => "Draft",
        OrderStatus.CompletedWithErrors => "Completed with errors",
        OrderStatus.Completed => "Completed",
        _ => status.ToString(),
    };

    private static string RefusalReason(OrderStatus from, OrderAction action) => from switch
    {
        _ when IsHistorical(from) && from != OrderStatus.Draft =>
            $"{Label(from)} orders are processed and cannot be modified.",
        OrderStatus.Draft => "A draft cannot be changed; resume it first.",
        OrderStatus.Deleted => "The order was deleted.",
        OrderStatus.ProvisioningStarted or OrderStatus.ProvisioningFinished or OrderStatus.ProvisioningFailed =>
            "The order is with the vendor and can no longer be changed.",
        _ => $"An order that is {Label(from)} cannot be {ActionVerb(action)}.",
    };

    private static string ActionVerb(OrderAction action) => action switch
    {
        OrderAction.SaveDraft => "saved as a draft",
        OrderAction.Resume => "resumed",
        OrderAction.Delete => "deleted",
        OrderAction.Submit => "submitted",
        _ => "moved on by the vendor",
    };
}

/// <summary>A status change the life cycle refuses; the message says why, in words for the user.</summary>
public sealed class InvalidOrderTransitionException(OrderStatus from, OrderAction? action, string message) : ConcurrencyConflictException(message)
{
    public OrderStatus From { get; } = from;
    /// <summary>The refused action; null when the order's items were to be edited.</summary>
    public OrderAction? Action { get; } = action;
}

public static class ChangeKindText
{
    public static string Label(ChangeKind kind) => kind switch
    {
        ChangeKind.NewSubscription => "New subscription",
        ChangeKind.LicenceIncrease => "Licence increase",
        ChangeKind.LicenceDecrease => "Licence decrease",
        ChangeKind.Suspension => "Suspension",
        ChangeKind.MarkupChange => "Markup change",
        _ => kind.ToString(),
    };

    /// <summary>Purchase and update orders show the subscription's licence total in the side panel.</summary>
    public static bool ChangesLicences(ChangeKind kind) =>
        kind is ChangeKind.NewSubscription or ChangeKind.LicenceIncrease or ChangeKind.LicenceDecrease;
}
