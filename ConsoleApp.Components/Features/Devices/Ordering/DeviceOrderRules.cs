namespace ConsoleApp.Components.Features.Devices;

public enum DeviceOrderStatus { Draft = 0, PendingApproval = 1, Approved = 2, Rejected = 3, SentToDealer = 4 }

/// <summary>What may happen to an order, and in which status. The services ask here before every change.</summary>
public enum DeviceOrderAction { Confirm, Approve, Reject, SendToDealer, Modify, Delete }

/// <summary>
/// The order statuses and their transitions, in one place:
/// Draft --Confirm--> PendingApproval (company requires approval) or SentToDealer (it does not);
/// PendingApproval --Approve--> Approved --SendToDealer--> SentToDealer (the hand-off follows the approval at once);
/// PendingApproval --Reject--> Rejected (final).
/// Modify (back to the basket) and Delete remove the order entirely: Modify only from Draft, Delete from Draft or
/// Rejected. Nothing leaves SentToDealer: the dealer has it.
/// </summary>
public static class DeviceOrderRules
{
    public static bool Allows(DeviceOrderStatus status, DeviceOrderAction action) => (status, action) switch
    {
        (DeviceOrderStatus.Draft, DeviceOrderAction.Confirm or DeviceOrderAction.Modify or DeviceOrderAction.Delete) => true,
        (DeviceOrderStatus.PendingApproval, DeviceOrderAction.Approve or DeviceOrderAction.Reject) => true,
        (DeviceOrderStatus.Approved, DeviceOrderAction.SendToDealer) => true,
        (DeviceOrderStatus.Rejected, DeviceOrderAction.Delete) => true,
        _ => false,
    };

    /// <summary>The status after <paramref name="action"/>; null when the order is removed (Modify, Delete).</summary>
    public static DeviceOrderStatus? Next(DeviceOrderStatus status, DeviceOrderAction action, bool requiresApproval)
    {
        if (!Allows(status, action))
            throw new InvalidOperationException($"{action} is not allowed for an order that is {Label(status)}.");
        return action switch
        {
            DeviceOrderAction.Confirm => requiresApproval ? DeviceOrderStatus.PendingApproval : DeviceOrderStatus.SentToDealer,
            DeviceOrderAction.Approve => DeviceOrderStatus.Approved,
            DeviceOrderAction.Reject => DeviceOrderStatus.Rejected,
            DeviceOrderAction.SendToDealer => DeviceOrderStatus.SentToDealer,
            _ => null,
        };
    }

    /// <summary>Statuses in which the order still holds its spare-stock reservations.</summary>
    public static bool HoldsStock(DeviceOrderStatus status) => status != DeviceOrderStatus.Rejected;

    /// <summary>Statuses in which the order is still in progress (a line with such an upgrade cannot be upgraded again).</summary>
    public static bool IsOpen(DeviceOrderStatus status) =>
        status is DeviceOrderStatus.Draft or DeviceOrderStatus.PendingApproval or DeviceOrderStatus.Approved;

    public static string Label(DeviceOrderStatus status) => status switch
    {
        DeviceOrderStatus.Draft => "Draft",
        DeviceOrderStatus.PendingApproval => "Pending approval",
        DeviceOrderStatus.Approved => "Approved",
        DeviceOrderStatus.Rejected => "Rejected",
        DeviceOrderStatus.SentToDealer => "Sent to dealer",
        _ => status.ToString(),
    };

    public static string Label(OrderKind kind) => kind switch
    {
        OrderKind.NewDevice => "New device",
        OrderKind.Upgrade => "Upgrade",
        OrderKind.Accessory => "Accessory",
        _ => kind.ToString(),
    };
}
