using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>What the Orders grid, the details panel and the CSV show of one order, with its computed status.</summary>
public sealed record OrderRow(
    int Id,
    string SapOrderId,
    string ResellerPoNumber,
    string ResellerSapId,
    string CustomerPoNumber,
    string TrackingNumber,
    OrderProduct Product,
    int Licenses,
    int TermMonths,
    bool IsPerpetual,
    DateTime PurchasedAt,
    DateTime? ExpiresAt,
    int? AssignedAccountId,
    string? AccountName,
    DateTime? AssignedAt,
    DateTime? ActivatedAt,
    OrderStatus Status,
    Guid Version)
{
    public string StatusLabel => OrderStatusRules.Label(Status);
    public string ProductName => OrderFormats.ProductName(Product);
    public string TermText => OrderFormats.Term(TermMonths, IsPerpetual);
    public string PurchasedText => OrderFormats.DateText(PurchasedAt);
    public string ExpiresText => ExpiresAt is null ? "Perpetual" : OrderFormats.DateText(ExpiresAt);
    public bool CanBeAssigned => OrderStatusRules.CanBeAssigned(Status);

    public static OrderRow From(PartnerOrder o, string? accountName, DateTime now, TimeSpan window) => new(
        o.Id, o.SapOrderId, o.ResellerPoNumber, o.ResellerSapId, o.CustomerPoNumber, o.TrackingNumber, o.Product,
        o.Licenses, o.TermMonths, o.IsPerpetual, o.PurchasedAt, o.ExpiresAt, o.AssignedAccountId, accountName,
        o.AssignedAt, o.ActivatedAt, OrderStatusRules.Evaluate(o, now, window), o.Version);
}

/// <summary>One page of orders. <see cref="TotalIsCapped"/>: more than <see cref="Total"/> orders match (a broad search, or a big view).</summary>
public sealed record OrderPage(IReadOnlyList<OrderRow> Items, int Total, bool TotalIsCapped);

/// <summary>The grid's view, search and optional filters (status; expiry and purchase days, inclusive; assigned or not;
/// product). The dashboard's charts link to the grid with these in the address.</summary>
public sealed record OrderQuery(OrderView View = OrderView.All, string? Search = null, OrderStatus? Status = null)
{
    public DateTime? ExpiresFrom { get; init; }
    public DateTime? ExpiresTo { get; init; }
    public DateTime? PurchasedFrom { get; init; }
    public DateTime? PurchasedTo { get; init; }
    public bool? Assigned { get; init; }
    public OrderProduct? Product { get; init; }

    /// <summary>Any filter besides the view and the search narrows the result (searches then walk differently).</summary>
    public bool HasFilters => Status is not null || ExpiresFrom is not null || ExpiresTo is not null || PurchasedFrom is not null
        || PurchasedTo is not null || Assigned is not null || Product is not null;

    /// <summary>The All or Unassigned view without filters: the shape nearly every search keystroke has, which the
    /// search's hand-written statements (the value scan, SQLite's probe) are written for.</summary>
    public bool IsPlainView => !HasFilters && View is (OrderView.All or OrderView.Unassigned);
}

/// <summary>An account offered in the Assign panel's Company drop-down.</summary>
public sealed record AccountChoice(int Id, string Name, string AccountKey, AccountStatus Status);
