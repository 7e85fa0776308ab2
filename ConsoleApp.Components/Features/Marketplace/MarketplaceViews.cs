namespace ConsoleApp.Components.Features.Marketplace;

public sealed record OrderSearch(OrderView View = OrderView.Recent, HistoryFilter Filter = HistoryFilter.Active, string? Search = null);

public sealed record ItemSummary(ChangeKind Kind, int Quantity, string ProductName, decimal UnitCost, decimal MarkupPercent);

/// <summary>One grid row. Markup-change items are already left out for customer roles.</summary>
public sealed record OrderRow(
    int Id, string Name, int ItemCount, string RequestedChanges, string CreatedBy, string CreatedByOrganization,
    DateTime CreatedAt, OrderStatus Status, string? LatestNote, int NoteCount, DateTime? SubmittedAt,
    DateTime? CompletedAt, string? VendorMessage, decimal MonthlyTotal)
{
    public string StatusLabel => OrderLifecycle.Label(Status);
}

/// <summary>The CSV export's columns.</summary>
public sealed record OrderCsvRow(string Order, int Items, string RequestedChanges, string CreatedBy, string Organization,
    string CreatedUtc, string Status, string? SubmittedUtc, string? CompletedUtc, decimal MonthlyTotal, string? VendorMessage, int Notes, string? LatestNote);

public sealed record AccountOption(int Id, string Name, string AccountKey, string City, int RecentOrders);

/// <summary>A subscription as the user may see it: <see cref="UnitCost"/> and <see cref="MarkupPercent"/> are
/// null for customer roles.</summary>
public sealed record SubscriptionInfo(
    int? Id, Vendor Vendor, string ProductName, string AdminEmail, string AdminFirstName, string AdminLastName,
    string? TenantName, int? Licences, SubscriptionState State, decimal UnitPrice, decimal? UnitCost,
    decimal? MarkupPercent, string BillingCycle, string PaymentMethod, string AddOns)
{
    public string Label => $"{ProductName} ({Licences} licences{(State == SubscriptionState.Suspended ? ", suspended" : "")})";
}

public sealed record OrderItemDetails(
    int Id, ChangeKind Kind, string Description, int Quantity, string PaymentDetails, string AddOns,
    decimal UnitPrice, decimal? UnitCost, decimal? MarkupPercent, decimal MonthlyCost, ItemResult Result,
    string? VendorMessage, SubscriptionInfo Subscription)
{
    public string KindLabel => ChangeKindText.Label(Kind);
}

public sealed record NoteView(int Id, string AuthorName, DateTime At, string Text);

public sealed record LicenceTotal(string ProductName, int Licences, SubscriptionState State);

public sealed record OrderDetails(
    int Id, int AccountId, string Name, OrderStatus Status, Guid Version, string CreatedBy, string CreatedByOrganization,
    DateTime CreatedAt, DateTime? SubmittedAt, DateTime? CompletedAt, string? VendorMessage,
    IReadOnlyList<OrderItemDetails> Items, IReadOnlyList<NoteView> Notes, IReadOnlyList<OrderAction> Actions,
    IReadOnlyList<LicenceTotal> LicencePanel, bool SeesMarkup)
{
    public string StatusLabel => OrderLifecycle.Label(Status);
    public bool IsEditable => OrderLifecycle.IsEditable(Status);
    public decimal MonthlyTotal => Items.Sum(i => i.MonthlyCost);
}
