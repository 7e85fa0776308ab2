using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>Integration switches and one to three support contacts for every demo account.</summary>
public sealed class AccountsSeeder : IDemoSeeder
{
    public int Order => 20;

    private static readonly string[] FirstNames = ["Ava", "Ben", "Chloe", "Daniel", "Emma", "Felix", "Grace", "Hugo", "Isla", "Jonas", "Lena", "Marco", "Nina", "Omar"];
    private static readonly string[] LastNames = ["Brooks", "Carter", "Dubois", "Fischer", "Hughes", "Jansen", "Keller", "Martin", "Novak", "Patel", "Reyes", "Smit"];

    public async Task SeedAsync(ConsoleDbContext db, CancellationToken ct)
    {
        if (await db.Set<AccountIntegrations>().AnyAsync(ct) || await db.Set<SupportContact>().AnyAsync(ct)) return;
        var random = new Random(20);
        var accounts = await db.Set<CustomerAccount>().Where(a => a.Status != AccountStatus.Deleted).OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var account in accounts)
        {
            // The demo account admin's account starts with MiCollab on and MiTeam Meetings off, so switching
            // MiTeam Meetings on visibly turns Allow Guest Access on as well.
            var state = account.Id == DemoData.AccountId
                ? IntegrationRules.SetIntegration(IntegrationState.AllOff, Integration.MiCollab, true)
                : IntegrationRules.Integrations.Aggregate(IntegrationState.AllOff,
                    (s, i) => random.NextDouble() < 0.4 ? IntegrationRules.SetIntegration(s, i, true) : s);
            if (state.AllowGuestAccess && random.NextDouble() < 0.3) state = state with { AllowGuestAccess = false };
            var switches = new AccountIntegrations
            {
                AccountId = account.Id, PartnerId = account.PartnerId, BandwidthOptimization = random.NextDouble() < 0.5,
                UpdatedAt = account.CreatedAt,
            };
            switches.Apply(state);
            db.Add(switches);

            var domain = new string(account.Name.ToLowerInvariant().Where(char.IsAsciiLetter).Take(16).ToArray()) + ".example";
            var count = 1 + random.Next(3);
            var used = new HashSet<string>();
            for (var i = 0; i < count; i++)
            {
                var (first, last) = (FirstNames[random.Next(FirstNames.Length)], LastNames[random.Next(LastNames.Length)]);
                var email = $"{first}.{last}@{domain}".ToLowerInvariant();
                if (!used.Add(email)) continue;
                db.Add(new SupportContact
                {
                    PartnerId = account.PartnerId, AccountId = account.Id, Name = $"{first} {last}", Email = email,
                    Phone = $"+1 555 {random.Next(100, 999)} {random.Next(1000, 9999)}", CreatedAt = account.CreatedAt,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
