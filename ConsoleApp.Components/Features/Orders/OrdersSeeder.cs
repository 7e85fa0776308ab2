using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>The purchasing API keys of the demo partners (documented in README.md; only their hashes are stored).</summary>
public static class DemoApiKeys
{
    public const string Partner1 = "pc-demo-northwind-7f3a9c2e5b814d06";
    public const string Partner2 = "pc-demo-contoso-2b8e6d4f1a3c5e79";
}

/// <summary>
/// A few hundred orders for partner 1 and some for partner 2 in every status, assigned to a mix of their accounts
/// (including accounts 8 and 20, deactivated later), plus one API key per partner. Fixed random seed, dates
/// relative to the day of seeding.
/// </summary>
public sealed class OrdersSeeder(TimeProvider clock) : IDemoSeeder
{
    public const int OrdersOfPartner = 300;
    public const int OrdersOfOtherPartner = 40;

    public int Order => 10;

    public async Task SeedAsync(ConsoleDbContext db, CancellationToken ct)
    {
        if (await db.Set<PartnerOrder>().AnyAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(1001);
        var orders = new List<PartnerOrder>();
        orders.AddRange(Generate(random, DemoData.PartnerId, 1, DemoData.AccountsOfPartner, OrdersOfPartner, 4500100000, now));
        orders.AddRange(Generate(random, DemoData.OtherPartnerId, DemoData.AccountsOfPartner + 1, DemoData.AccountsOfOtherPartner, OrdersOfOtherPartner, 4500900000, now));
        db.AddRange(orders);
        db.AddRange(
            new PartnerApiKey { PartnerId = DemoData.PartnerId, Label = "Demo purchasing (Northwind)", KeyHash = PartnerApiKey.Hash(DemoApiKeys.Partner1), CreatedAt = now },
            new PartnerApiKey { PartnerId = DemoData.OtherPartnerId, Label = "Demo purchasing (Contoso)", KeyHash = PartnerApiKey.Hash(DemoApiKeys.Partner2), CreatedAt = now });
        await db.SaveChangesAsync(ct);
        db.AddRange(orders.SelectMany(PartnerOrderSearchTerm.For));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Orders in a fixed rotation of shapes so every status appears for every partner.</summary>
    public static IEnumerable<PartnerOrder> Generate(Random random, int partnerId, int firstAccountId, int accountCount, int count, long firstSapId, DateTime now)
    {
        string[] resellerSapIds = ["104233", "207781", "311902", "418655"];
        int[] terms = [12, 24, 36];
        var today = now.Date;
        for (var i = 0; i < count; i++)
        {
            var term = terms[random.Next(terms.Length)];
            var shape = i % 10;
            var perpetual = shape == 5;
            DateTime? expires = shape switch
            {
                0 or 1 => today.AddDays(-random.Next(1, 400)).AddHours(random.Next(24)),       // EXPIRED
                2 => today.AddDays(random.Next(1, 29)).AddHours(random.Next(24)),               // EXPIRING SOON when unassigned
                5 => null,                                                                      // perpetual
                _ => today.AddDays(random.Next(45, 700)).AddHours(random.Next(24)),
            };
            // Term, purchase and expiry agree: purchased one term before it expires, at least ten days ago (assignment and
            // activation follow within ten days). An expiry too far out for the drawn term takes the next longer one.
            if (expires is { } end) term = terms.Where(t => t >= term && end.AddMonths(-t) <= today.AddDays(-10)).DefaultIfEmpty(terms[^1]).First();
            var purchased = expires?.AddMonths(-term) ?? today.AddDays(-random.Next(10, 900));
            expires = expires is null ? null : purchased.AddMonths(term);
            var assigned = shape switch
            {
                0 => random.Next(2) == 0,
                2 or 3 or 4 => false,
                5 => i % 20 == 5 ? false : true,
                _ => true,
            };
            int? account = assigned ? firstAccountId + random.Next(accountCount) : null;
            var assignedAt = assigned ? purchased.AddDays(random.Next(1, 10)) : (DateTime?)null;
            var activatedAt = assigned && shape != 6 ? assignedAt!.Value.AddDays(1) : (DateTime?)null;
            yield return new PartnerOrder
            {
                PartnerId = partnerId,
                SapOrderId = (firstSapId + i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ResellerPoNumber = $"RPO-{random.Next(10000, 99999)}",
                ResellerSapId = resellerSapIds[random.Next(resellerSapIds.Length)],
                CustomerPoNumber = $"CPO-{random.Next(100000, 999999)}",
                TrackingNumber = $"TRK{random.Next(100000000, 999999999)}",
                Product = random.Next(3) == 0 ? OrderProduct.MitelOne : OrderProduct.MiTeamMeetings,
                Licenses = random.Next(1, 50) * 5,
                TermMonths = perpetual ? 0 : term,
                IsPerpetual = perpetual,
                PurchasedAt = purchased,
                ExpiresAt = expires,
                AssignedAccountId = account,
                AssignedAt = assignedAt,
                ActivatedAt = activatedAt,
            };
        }
    }
}
