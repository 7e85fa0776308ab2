namespace ConsoleApp.Components.Platform.Tenancy;

/// <summary>Whose data something is: a partner, a customer account, a reseller or a company. Audit entries and logs
/// store its <see cref="Key"/> ("partner:1"); live changes are published and followed per tenant.</summary>
public readonly record struct Tenant(string Key)
{
    public static readonly Tenant System = new("system");
    /// <summary>No tenant: nothing is published for it, so a subscription to it never fires.</summary>
    public static readonly Tenant None = new("none");

    public static Tenant Partner(int partnerId) => new($"partner:{partnerId}");
    public static Tenant Account(int accountId) => new($"account:{accountId}");
    public static Tenant Reseller(int resellerId) => new($"reseller:{resellerId}");
    public static Tenant Company(int companyId) => new($"company:{companyId}");

    public override string ToString() => Key;
}
