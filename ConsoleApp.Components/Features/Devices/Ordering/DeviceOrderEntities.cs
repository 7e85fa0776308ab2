using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>
/// A device order from Create Order on: a Draft until the requester confirms it, then pending approval (when the
/// company requires it) and sent to the carrier's dealer. See <see cref="DeviceOrderRules"/> for the statuses.
/// Requester, employee and approver are copied in, so the order reads the same after HR data changes.
/// </summary>
public sealed class DeviceOrder : ICompanyOwned, IVersioned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public OrderKind Kind { get; set; }
    public DeviceOrderStatus Status { get; set; }
    public int CarrierId { get; set; }
    public required string CarrierName { get; set; }
    public required string RequesterUserId { get; set; }
    public required string RequesterName { get; set; }
    public required string RequesterEmail { get; set; }
    /// <summary>Addresses e-mailed at every status change, separated by "; ".</summary>
    public string NotifyEmails { get; set; } = "";
    public required string ShippingLocation { get; set; }
    public string AttentionTo { get; set; } = "";
    public string DealerNotes { get; set; } = "";
    public int? EmployeeId { get; set; }
    public required string EmployeeName { get; set; }
    public string EmployeeNumber { get; set; } = "";
    public string AccountingCodes { get; set; } = "";
    public int? UpgradeLineId { get; set; }
    public string UpgradePhoneNumber { get; set; } = "";
    public bool? UpgradeEligible { get; set; }
    public string UpgradeReason { get; set; } = "";
    public string? ApproverUserId { get; set; }
    public string? ApproverName { get; set; }
    public string? DecisionReason { get; set; }
    public decimal DevicesTotal { get; set; }
    public decimal AccessoriesTotal { get; set; }
    public decimal Total { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime? SentToDealerAt { get; set; }
    public Guid Version { get; set; }
    public List<DeviceOrderItem> Items { get; set; } = [];

    public string Number => FormatNumber(Id);
    public static string FormatNumber(int id) => $"DO-{id:00000}";
}

public sealed class DeviceOrderItem : ICompanyOwned
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int CompanyId { get; set; }
    public ItemKind Kind { get; set; }
    public int? DeviceId { get; set; }
    public int? OptionId { get; set; }
    public int? AccessoryId { get; set; }
    public int? ParentItemId { get; set; }
    public int? SpareStockId { get; set; }
    public required string Description { get; set; }
    public int? StorageGb { get; set; }
    public int? TermMonths { get; set; }
    public string? Colour { get; set; }
    public decimal UnitPrice { get; set; }
}

/// <summary>One step in an order's history: who did what, when, and from which status to which.</summary>
public sealed class DeviceOrderEvent : ICompanyOwned
{
    public long Id { get; set; }
    public int OrderId { get; set; }
    public int CompanyId { get; set; }
    public DateTime At { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public DeviceOrderStatus? FromStatus { get; set; }
    public DeviceOrderStatus ToStatus { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>The hand-off of an approved order to the carrier's dealer (the e-mail itself goes through the outbox).</summary>
public sealed class DealerHandoff : ICompanyOwned
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int CompanyId { get; set; }
    public int CarrierId { get; set; }
    public required string DealerEmail { get; set; }
    public DateTime SentAt { get; set; }
    public required string Reference { get; set; }
}
