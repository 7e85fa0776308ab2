using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Platform.Seeding;

/// <summary>Tenants, customer accounts and the ten demo users every feature builds on.</summary>
public sealed class FoundationSeeder(IPasswordHasher<ConsoleUser> hasher, TimeProvider clock) : IDemoSeeder
{
    public int Order => 0;

    public async Task SeedAsync(ConsoleDbContext db, CancellationToken ct)
    {
        if (await db.Partners.AnyAsync(ct)) return;

        db.Partners.AddRange(
            new Partner { Id = DemoData.PartnerId, Name = "Northwind Communications" },
            new Partner { Id = DemoData.OtherPartnerId, Name = "Contoso Telecom" });
        db.Resellers.AddRange(
            new Reseller { Id = DemoData.ResellerId, Name = "Bluebell Systems", ResellerNumber = "104233" },
            new Reseller { Id = DemoData.OtherResellerId, Name = "Redwood Networks", ResellerNumber = "207781" });
        db.Companies.AddRange(
            new Company { Id = DemoData.CompanyId, Name = "Fabrikam Logistics" },
            new Company { Id = DemoData.OtherCompanyId, Name = "Tailspin Toys" });

        string[] countries = ["US", "CA", "GB", "DE", "NL"];
        string[] cities = ["Austin", "Toronto", "London", "Berlin", "Amsterdam"];
        string[] states = ["TX", "ON", "Greater London", "Berlin", "North Holland"];
        string[] postcodes = ["73301", "M5V 2T6", "SW1A 1AA", "10115", "1012 AB"];
        string[] pbx = ["MiVoice Business", "MiVoice Connect", "MiCloud Connect", "MiVoice Office 400"];
        string[] business = ["Healthcare", "Logistics", "Retail", "Professional services", "Hospitality", "Education"];
        for (var i = 0; i < DemoData.AccountNames.Length; i++)
        {
            var c = i % countries.Length;
            db.Add(new CustomerAccount
            {
                Id = i + 1,
                PartnerId = i < DemoData.AccountsOfPartner ? DemoData.PartnerId : DemoData.OtherPartnerId,
                Name = DemoData.AccountNames[i],
                AccountKey = $"ACC-{(i + 1) * 7919 % 100000:00000}-{(char)('A' + i % 26)}",
                Status = i is 7 or 19 ? AccountStatus.Deactivated : AccountStatus.Active,
                Country = countries[c],
                ProvinceState = states[c],
                City = cities[c],
                Address = $"{100 + i * 3} Main Street",
                PostalCode = postcodes[c],
                DefaultLanguage = c == 3 ? "de" : c == 4 ? "nl" : "en",
                BusinessType = business[i % business.Length],
                SapCustomerNumber = $"{4100000 + i * 37}",
                CloudLocation = c < 2 ? "North America" : "Europe",
                PbxType = pbx[i % pbx.Length],
                CreatedAt = clock.GetUtcNow().UtcDateTime.Date.AddDays(-400 + i * 5),
            });
        }
        await db.SaveChangesAsync(ct);

        var users = new (string Email, string Name, string Role, int? Partner, int? Account, int? Reseller, int? Company)[]
        {
            ("partner.admin@demo.test", "Pat Admin", Roles.PartnerAdmin, DemoData.PartnerId, null, null, null),
            ("partner.staff@demo.test", "Sam Staff", Roles.PartnerStaff, DemoData.PartnerId, null, null, null),
            ("other.partner@demo.test", "Olivia Other", Roles.PartnerAdmin, DemoData.OtherPartnerId, null, null, null),
            ("account.admin@demo.test", "Alex Account", Roles.AccountAdmin, DemoData.PartnerId, DemoData.AccountId, null, null),
            ("customer@demo.test", "Casey Customer", Roles.Customer, DemoData.PartnerId, DemoData.AccountId, null, null),
            ("customer.admin@demo.test", "Chris CustomerAdmin", Roles.CustomerAdmin, DemoData.PartnerId, DemoData.AccountId, null, null),
            ("reseller.admin@demo.test", "Riley Reseller", Roles.ResellerAdmin, null, null, DemoData.ResellerId, null),
            ("reseller.user@demo.test", "Robin Reseller", Roles.ResellerUser, null, null, DemoData.ResellerId, null),
            ("employee@demo.test", "Emery Employee", Roles.Employee, null, null, null, DemoData.CompanyId),
            ("manager@demo.test", "Morgan Manager", Roles.Manager, null, null, null, DemoData.CompanyId),
            // A company without the End-User Requests menu and without approvals: new devices only, straight to the dealer.
            ("tailspin.employee@demo.test", "Parker Kite", Roles.Employee, null, null, null, DemoData.OtherCompanyId),
        };
        foreach (var u in users)
        {
            var user = ConsoleUser.Create(u.Email, u.Name, clock.GetUtcNow().UtcDateTime);
            user.Id = "demo-" + u.Email.Split('@')[0].Replace('.', '-');
            user.PartnerId = u.Partner;
            user.AccountId = u.Account;
            user.ResellerId = u.Reseller;
            user.CompanyId = u.Company;
            user.PasswordHash = hasher.HashPassword(user, DemoData.Password);
            db.Add(user);
            await db.SetRoleAsync(user.Id, u.Role, ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
