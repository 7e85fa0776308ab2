using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
namespace ConsoleApp.Components.Features.Accounts;

public sealed record AccountFilter(string? Search = null, AccountStatus? Status = null);

public sealed record AccountListRow(int Id, string Name, string AccountKey, AccountStatus Status, string Country, string City,
    string BusinessType, string PbxType, DateTime CreatedAt);

public sealed record SupportContactRow(int Id, string Name, string Email, string Phone);

/// <summary>One MiTeam Meetings licence order assigned to the account.</summary>
public sealed record SubscriptionRow(int OrderId, string SapOrderId, int Licenses, int TermMonths, bool IsPerpetual,
    DateTime? AssignedAt, DateTime? ActivatedAt, DateTime? ExpiresAt)
{
    /// <summary>A display status only; the Orders feature owns the full order status rules.</summary>
    public string Status(DateTime now) => ActivatedAt is null ? "Activation pending"
        : ExpiresAt is { } e && e <= now ? "Expired" : "Active";

    public string Term => Ui.Wording.Term(TermMonths, IsPerpetual);
}

/// <summary>What the signed-in user may do on the page; the services enforce the same rules.</summary>
public sealed record AccountPermissions(bool CanEdit, bool CanDeactivate, bool CanDelete, bool CanOpenOrders);

public sealed record AccountDetails(
    int Id, int PartnerId, string Name, string AccountKey, AccountStatus Status,
    string Country, string ProvinceState, string Address, string City, string PostalCode,
    string DefaultLanguage, string BusinessType, string SapCustomerNumber, string CloudLocation, string PbxType,
    DateTime CreatedAt, Guid Version,
    IntegrationState Integrations, bool BandwidthOptimization,
    IReadOnlyList<SupportContactRow> Contacts, IReadOnlyList<SubscriptionRow> Subscriptions,
    AccountPermissions Permissions)
{
    /// <summary>MiCloud Connect accounts are billed by Mitel directly, so the SAP number is their billing number.</summary>
    public string SapNumberLabel => PbxType == "MiCloud Connect" ? "Billing Customer Number" : "SAP Customer Number";

    public CustomerInfoInput Info => new(Name, Country, ProvinceState, Address, City, PostalCode, DefaultLanguage, BusinessType);

    public static CustomerInfoInput InfoOf(CustomerAccount a) =>
        new(a.Name, a.Country, a.ProvinceState, a.Address, a.City, a.PostalCode, a.DefaultLanguage, a.BusinessType);
}

/// <summary>An edit was based on an older version of the account; <see cref="Current"/> holds the newer values.</summary>
public sealed class AccountEditConflictException(string message, CustomerInfoInput current, Guid currentVersion) : ConcurrencyConflictException(message)
{
    public CustomerInfoInput Current { get; } = current;
    public Guid CurrentVersion { get; } = currentVersion;
}
