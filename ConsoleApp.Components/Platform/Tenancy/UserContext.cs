namespace ConsoleApp.Components.Platform.Tenancy;

/// <summary>Who is acting and which tenant they act in. Services scope every query and decision with it.</summary>
public sealed record UserContext(
    string UserId,
    string Email,
    string DisplayName,
    string Role,
    int? PartnerId = null,
    int? AccountId = null,
    int? ResellerId = null,
    int? CompanyId = null)
{
    /// <summary>The console itself (seeding, background jobs): no tenant filter applies.</summary>
    public static readonly UserContext System = new("system", "system", "System", "System");

    /// <summary>Nobody signed in: every tenant filter matches nothing.</summary>
    public static readonly UserContext Anonymous = new("", "", "Anonymous", "");

    public bool IsSystem => ReferenceEquals(this, System) || Role == "System";
    public bool IsAuthenticated => UserId.Length > 0;
    public bool IsInRole(params string[] roles) => roles.Contains(Role, StringComparer.Ordinal);

    public bool IsPartnerUser => IsInRole(Roles.PartnerAdmin, Roles.PartnerStaff);
    public bool IsAccountUser => IsInRole(Roles.AccountAdmin, Roles.Customer, Roles.CustomerAdmin);

    /// <summary>The tenant the user acts in: their account, else their partner, reseller or company.</summary>
    public Tenant Tenant => this switch
    {
        { IsSystem: true } => Tenant.System,
        { AccountId: { } a } => Tenant.Account(a),
        { PartnerId: { } p } => Tenant.Partner(p),
        { ResellerId: { } r } => Tenant.Reseller(r),
        { CompanyId: { } c } => Tenant.Company(c),
        _ => Tenant.None,
    };

    /// <summary>A short tenant label for logs and audit, e.g. "partner:1" or "account:7".</summary>
    public string TenantKey => Tenant.Key;

    /// <summary>The partner tenant for partner users (whose partner-wide panels follow it), else <see cref="Tenant"/>.</summary>
    public Tenant PartnerTenant => PartnerId is { } p && IsPartnerUser ? Tenant.Partner(p) : Tenant;
}
