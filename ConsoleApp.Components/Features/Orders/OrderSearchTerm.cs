using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// One searchable value of an order (SAP order id, reseller PO, customer PO, tracking number, expiry date as the
/// page shows it), lower-cased. Search-as-you-type is a prefix range over the (PartnerId, Term) index, so it stays
/// fast with 100,000 orders where <c>LIKE '%x%'</c> over every column would scan the table. The values never change
/// after an order arrives; account names are searched in the accounts table, so a rename needs no update here.
/// The order's purchase date is copied here (it never changes either), so a page of matches newest-first is read
/// from the (PartnerId, Term, PurchasedAt, OrderId) index alone, without looking up each matching order.
/// </summary>
public sealed class PartnerOrderSearchTerm : IPartnerOwned
{
    public int OrderId { get; set; }
    public int PartnerId { get; set; }
    public required string Term { get; set; }
    /// <summary>The order's <see cref="PartnerOrder.PurchasedAt"/> (the default sort key of the Orders page).</summary>
    public DateTime PurchasedAt { get; set; }

    public const int MaxLength = 64;

    public static string Normalize(string value)
    {
        var term = value.Trim().ToLowerInvariant();
        return term.Length > MaxLength ? term[..MaxLength] : term;
    }

    /// <summary>The search terms of an order (its id must be set).</summary>
    public static IEnumerable<PartnerOrderSearchTerm> For(PartnerOrder order) =>
        new[] { order.SapOrderId, order.ResellerPoNumber, order.CustomerPoNumber, order.TrackingNumber, OrderFormats.DateText(order.ExpiresAt) }
            .Select(Normalize)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(t => new PartnerOrderSearchTerm { OrderId = order.Id, PartnerId = order.PartnerId, Term = t, PurchasedAt = order.PurchasedAt });
}

internal sealed class PartnerOrderSearchTermConfiguration : IEntityTypeConfiguration<PartnerOrderSearchTerm>
{
    public void Configure(EntityTypeBuilder<PartnerOrderSearchTerm> b)
    {
        b.ToTable("PartnerOrderSearchTerms");
        b.HasKey(t => new { t.OrderId, t.Term });
        b.HasOne<PartnerOrder>().WithMany().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        // Prefix ranges on Term; within one term the entries are in purchase order, and the index covers what a
        // term-side page needs (the order id and its sort key).
        b.HasIndex(t => new { t.PartnerId, t.Term, t.PurchasedAt, t.OrderId });
        b.Property(t => t.Term).HasMaxLength(PartnerOrderSearchTerm.MaxLength);
    }
}
