using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>The search terms carry their order's purchase date, so a newest-first page of matches is read from the
/// term index alone; every writer of terms (seeders, ingestion, test data) must fill it.</summary>
public sealed class OrderSearchTermTests
{
    [Fact]
    public void For_AnOrder_EveryTermCarriesItsPurchaseDateAndPartner()
    {
        var purchased = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        var order = new PartnerOrder
        {
            Id = 7, PartnerId = 3, SapOrderId = "4600000123", ResellerPoNumber = "RPO-1", CustomerPoNumber = "CPO-2", TrackingNumber = "TRK3",
            PurchasedAt = purchased, ExpiresAt = purchased.AddMonths(12),
        };

        var terms = PartnerOrderSearchTerm.For(order).ToList();

        Assert.Equal(["4600000123", "rpo-1", "cpo-2", "trk3", "2027-03-04"], terms.Select(t => t.Term));
        Assert.All(terms, t => Assert.Equal((7, 3, purchased), (t.OrderId, t.PartnerId, t.PurchasedAt)));
    }

    [Theory, AllProviders]
    public async Task SeededAndAddedOrders_TermsCarryTheOrdersPurchaseDate(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var added = await OrderTestData.AddAsync(console, "PD-1", DateTime.UtcNow.AddDays(100));
        await using var db = await console.SystemDbAsync();

        var pairs = await (from t in db.Set<PartnerOrderSearchTerm>()
                           join o in db.Set<PartnerOrder>() on t.OrderId equals o.Id
                           select new { t.OrderId, Term = t.PurchasedAt, Order = o.PurchasedAt }).ToListAsync();

        Assert.True(pairs.Count > OrdersSeeder.OrdersOfPartner, "the demo orders have terms");
        Assert.Contains(pairs, p => p.OrderId == added.Id);
        Assert.All(pairs, p => Assert.Equal(p.Order, p.Term));
    }
}
