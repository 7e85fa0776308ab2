namespace ConsoleApp.Components.Platform.Tenancy;

public static class Roles
{
    public const string PartnerAdmin = nameof(PartnerAdmin);
    public const string PartnerStaff = nameof(PartnerStaff);
    public const string AccountAdmin = nameof(AccountAdmin);
    public const string Customer = nameof(Customer);
    public const string CustomerAdmin = nameof(CustomerAdmin);
    public const string ResellerAdmin = nameof(ResellerAdmin);
    public const string ResellerUser = nameof(ResellerUser);
    public const string Employee = nameof(Employee);
    public const string Manager = nameof(Manager);

    // Comma lists for [Authorize(Roles = ...)] and <AuthorizeView Roles=...>.
    public const string Partners = PartnerAdmin + "," + PartnerStaff;
    public const string AccountUsers = AccountAdmin + "," + Customer + "," + CustomerAdmin;
    public const string Resellers = ResellerAdmin + "," + ResellerUser;
    public const string DeviceUsers = Employee + "," + Manager;

    public static readonly IReadOnlyList<string> All =
        [PartnerAdmin, PartnerStaff, AccountAdmin, Customer, CustomerAdmin, ResellerAdmin, ResellerUser, Employee, Manager];
}
