using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace ConsoleApp.Tests;

/// <summary>The seeded demo users as the services see them.</summary>
public static class TestUsers
{
    public static readonly UserContext PartnerAdmin = new("demo-partner-admin", "partner.admin@demo.test", "Pat Admin", Roles.PartnerAdmin, PartnerId: DemoData.PartnerId);
    public static readonly UserContext PartnerStaff = new("demo-partner-staff", "partner.staff@demo.test", "Sam Staff", Roles.PartnerStaff, PartnerId: DemoData.PartnerId);
    public static readonly UserContext OtherPartner = new("demo-other-partner", "other.partner@demo.test", "Olivia Other", Roles.PartnerAdmin, PartnerId: DemoData.OtherPartnerId);
    public static readonly UserContext AccountAdmin = new("demo-account-admin", "account.admin@demo.test", "Alex Account", Roles.AccountAdmin, PartnerId: DemoData.PartnerId, AccountId: DemoData.AccountId);
    public static readonly UserContext Customer = new("demo-customer", "customer@demo.test", "Casey Customer", Roles.Customer, PartnerId: DemoData.PartnerId, AccountId: DemoData.AccountId);
    public static readonly UserContext CustomerAdmin = new("demo-customer-admin", "customer.admin@demo.test", "Chris CustomerAdmin", Roles.CustomerAdmin, PartnerId: DemoData.PartnerId, AccountId: DemoData.AccountId);
    public static readonly UserContext ResellerAdmin = new("demo-reseller-admin", "reseller.admin@demo.test", "Riley Reseller", Roles.ResellerAdmin, ResellerId: DemoData.ResellerId);
    public static readonly UserContext ResellerUser = new("demo-reseller-user", "reseller.user@demo.test", "Robin Reseller", Roles.ResellerUser, ResellerId: DemoData.ResellerId);
    public static readonly UserContext Employee = new("demo-employee", "employee@demo.test", "Emery Employee", Roles.Employee, CompanyId: DemoData.CompanyId);
    public static readonly UserContext Manager = new("demo-manager", "manager@demo.test", "Morgan Manager", Roles.Manager, CompanyId: DemoData.CompanyId);
    /// <summary>Tailspin Toys: no End-User Requests menu, no approvals.</summary>
    public static readonly UserContext TailspinEmployee = new("demo-tailspin-employee", "tailspin.employee@demo.test", "Parker Kite", Roles.Employee, CompanyId: DemoData.OtherCompanyId);

    /// <summary>One user of each role, partner 1's tenants.</summary>
    public static readonly IReadOnlyList<UserContext> All = [PartnerAdmin, PartnerStaff, AccountAdmin, Customer, CustomerAdmin, ResellerAdmin, ResellerUser, Employee, Manager];

    /// <summary>A new partner sign-in with one role, created through the Identity stores as an admin tool would.</summary>
    public static async Task<ConsoleUser> CreateSignInAsync(UserManager<ConsoleUser> users, string email, string displayName, string role, int partnerId, string password)
    {
        var user = ConsoleUser.Create(email, displayName, DateTime.UtcNow);
        user.PartnerId = partnerId;
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }
}
