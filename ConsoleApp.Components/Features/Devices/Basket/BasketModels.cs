using System.Text.Json;

namespace ConsoleApp.Components.Features.Devices;

public sealed record AddDeviceRequest(OrderKind Kind, int CarrierId, int DeviceId, int StorageGb, int TermMonths, string Colour,
    int? SpareStockId = null, int? UpgradeLineId = null);

/// <summary>An accessory for a device already in the basket (<paramref name="ParentItemId"/>), or on the
/// Order Accessory tab for a device model (<paramref name="ForDeviceId"/>).</summary>
public sealed record AddAccessoryRequest(OrderKind Kind, int CarrierId, int AccessoryId, int? ParentItemId = null, int? ForDeviceId = null);

public sealed record BasketItemView(int Id, ItemKind Kind, int? DeviceId, int? ParentItemId, string Description, int? StorageGb,
    int? TermMonths, string? Colour, decimal UnitPrice, bool FromSpareStock, IReadOnlyList<string> ColoursOffered);

public sealed record BasketView(OrderKind Kind, int? CarrierId, string? CarrierName, int? UpgradeLineId, IReadOnlyList<BasketItemView> Items,
    OrderTotals Totals, CheckoutForm? SavedCheckout)
{
    public static readonly BasketView Empty = new(OrderKind.NewDevice, null, null, null, [], OrderTotals.Empty, null);
    public bool IsEmpty => Items.Count == 0;
}

/// <summary>Ordering and employee information entered at Create Order (mutable for form binding).</summary>
public sealed class CheckoutForm
{
    public string NotifyEmails { get; set; } = "";
    public string ShippingLocation { get; set; } = "";
    public string AttentionTo { get; set; } = "";
    public string DealerNotes { get; set; } = "";
    public int? EmployeeId { get; set; }
    public string EmployeeName { get; set; } = "";
    public string EmployeeNumber { get; set; } = "";
    public string AccountingCodes { get; set; } = "";
    public string UpgradeReason { get; set; } = "";

    public string ToJson() => JsonSerializer.Serialize(this);
    public static CheckoutForm? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<CheckoutForm>(json);
}
