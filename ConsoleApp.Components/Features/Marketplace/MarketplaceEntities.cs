using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Marketplace;

public enum Vendor { Microsoft = 0, Google = 1, Adobe = 2, Acronis = 3, Dropbox = 4 }

public enum SubscriptionState { Active = 0, Suspended = 1 }

/// <summary>The nine statuses of a marketplace order. Which view shows each one and how they move is decided only in
/// <see cref="OrderLifecycle"/>.</summary>
public enum OrderStatus
{
    Started = 0,
    ProvisioningStarted = 1,
    ProvisioningFinished = 2,
    ProvisioningFailed = 3,
    Deleted = 4,
    InProgress = 5,
    Draft = 6,
    CompletedWithErrors = 7,
    Completed = 8,
}

public enum ChangeKind { NewSubscription = 0, LicenceIncrease = 1, LicenceDecrease = 2, Suspension = 3, MarkupChange = 4 }

public enum ItemResult { Pending = 0, Succeeded = 1, Failed = 2 }

/// <summary>A vendor subscription a customer account holds through its partner (e.g. Microsoft 365 Business Standard).</summary>
public sealed class MarketplaceSubscription : ICustomerOwned, IVersioned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public int AccountId { get; set; }
    public Vendor Vendor { get; set; }
    public required string ProductName { get; set; }
    public required string AdminEmail { get; set; }
    public required string AdminFirstName { get; set; }
    public required string AdminLastName { get; set; }
    /// <summary>The vendor tenant (e.g. "acmedental.onmicrosoft.com"); only Microsoft subscriptions have one.</summary>
    public string? TenantName { get; set; }
    /// <summary>What the partner pays the vendor per licence and month.</summary>
    public decimal UnitCost { get; set; }
    /// <summary>The partner's markup in percent on <see cref="UnitCost"/>; never shown to customer roles.</summary>
    public decimal MarkupPercent { get; set; }
    public int Licences { get; set; }
    public string BillingCycle { get; set; } = "Monthly";
    public string PaymentMethod { get; set; } = "Invoice";
    public string AddOns { get; set; } = "";
    public SubscriptionState State { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>An order of a customer account: one or more requested changes sent together to the vendors.</summary>
public sealed class MarketplaceOrder : ICustomerOwned, IVersioned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public int AccountId { get; set; }
    /// <summary>"Order #dd-MM-yyyy", with "/n" for the n-th order of that account on that day.</summary>
    public required string Name { get; set; }
    public OrderStatus Status { get; set; }
    public required string CreatedByUserId { get; set; }
    public required string CreatedByName { get; set; }
    /// <summary>The organization the creator acted for: the partner's name (on behalf of) or the account's.</summary>
    public required string CreatedByOrganization { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    /// <summary>False when every item is a markup change: customer roles never see such an order.</summary>
    public bool VisibleToCustomer { get; set; }
    /// <summary>When the provisioning worker should take the next step; null when nothing is scheduled.</summary>
    public DateTime? NextStepAt { get; set; }
    public string? VendorMessage { get; set; }
    public Guid Version { get; set; }
    public List<MarketplaceOrderItem> Items { get; set; } = [];
}

/// <summary>One requested change of an order.</summary>
public sealed class MarketplaceOrderItem : ICustomerOwned
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int PartnerId { get; set; }
    public int AccountId { get; set; }
    public ChangeKind Kind { get; set; }
    /// <summary>The subscription changed; for a new subscription set once the vendor has provisioned it.</summary>
    public int? SubscriptionId { get; set; }
    public MarketplaceSubscription? Subscription { get; set; }
    public Vendor Vendor { get; set; }
    public required string ProductName { get; set; }
    /// <summary>Licences added, removed or bought; 0 for a suspension or markup change.</summary>
    public int Quantity { get; set; }
    public decimal UnitCost { get; set; }
    /// <summary>The markup in effect for this item (the new one for a markup change).</summary>
    public decimal MarkupPercent { get; set; }
    public string AddOns { get; set; } = "";
    public string? AdminEmail { get; set; }
    public string? AdminFirstName { get; set; }
    public string? AdminLastName { get; set; }
    public string? TenantName { get; set; }
    public ItemResult Result { get; set; }
    public string? VendorMessage { get; set; }
}

/// <summary>A note on an order. Append-only rows: two users adding notes at once both keep theirs.</summary>
public sealed class MarketplaceOrderNote : ICustomerOwned
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int PartnerId { get; set; }
    public int AccountId { get; set; }
    public required string AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public DateTime At { get; set; }
    public required string Text { get; set; }
}
