namespace ConsoleApp.Components.Platform.Tenancy;

/// <summary>Claim names carried in the sign-in cookie; <see cref="CurrentUser"/> turns them back into a <see cref="UserContext"/>.</summary>
public static class ConsoleClaims
{
    public const string DisplayName = "pc:name";
    public const string PartnerId = "pc:partner";
    public const string AccountId = "pc:account";
    public const string ResellerId = "pc:reseller";
    public const string CompanyId = "pc:company";
    public const string TenantName = "pc:tenant-name";
    public const string ResellerNumber = "pc:reseller-number";
}
