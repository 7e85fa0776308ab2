namespace ConsoleApp.Components.Features.Devices;

public sealed record OrderItemView(int Id, ItemKind Kind, int? ParentItemId, string Description, int? StorageGb, int? TermMonths,
    string? Colour, decimal UnitPrice, bool FromSpareStock);

public sealed record OrderEventView(DateTime At, string UserName, string Action, DeviceOrderStatus? FromStatus, DeviceOrderStatus ToStatus, string Note);

public sealed record OrderDetail(
    int Id, string Number, OrderKind Kind, DeviceOrderStatus Status, string CarrierName,
    string RequesterUserId, string RequesterName, string RequesterEmail, string NotifyEmails, string ShippingLocation, string AttentionTo, string DealerNotes,
    string EmployeeName, string EmployeeNumber, string AccountingCodes, string UpgradePhoneNumber, bool? UpgradeEligible, string UpgradeReason,
    string? ApproverName, string? DecisionReason, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<OrderItemView> Items, OrderTotals Totals, IReadOnlyList<OrderEventView> History,
    bool CanConfirm, bool CanModify, bool CanDelete, bool CanDecide);

public sealed record OrderRow(int Id, OrderKind Kind, DeviceOrderStatus Status, string CarrierName, string RequesterName,
    string EmployeeName, string EmployeeNumber, int ItemCount, decimal Total, string? ApproverName, DateTime CreatedAt, DateTime UpdatedAt)
{
    public string Number => DeviceOrder.FormatNumber(Id);
    public string StatusLabel => DeviceOrderRules.Label(Status);
    public string KindLabel => DeviceOrderRules.Label(Kind);
}

public sealed record OrderFilter(string? Search = null, DeviceOrderStatus? Status = null, bool MineOnly = false);

/// <summary>One row of the orders CSV export.</summary>
public sealed record OrderCsvRow(string Number, string Kind, string Status, string Carrier, string Requester, string Employee,
    string EmployeeNumber, string AccountingCodes, string ShippingLocation, int Items, decimal Total, string Approver,
    string CreatedUtc, string UpdatedUtc);
