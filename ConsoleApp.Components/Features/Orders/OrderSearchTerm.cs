using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// One searchable value of an order (SAP order id, reseller PO, customer PO, tracking number, expiry date as the
/// page shows it), lower-cased. Search-as-you-type is a prefix range over the (PartnerId, Term) index, so it stays
/// fast with 100,000 orders where <c>LIKE '%x%'</c> over every column would scan the table. The values never change
/// after an order arrives; account names are searched in the accounts table, so a rename needs no update here.
/// </summary>
public sealed class PartnerOrderSearchTerm : IPartnerOwned
{
    public int OrderId { get; set; }
    public int PartnerId { get; set; }
    public required string Term { get; set; }

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
            .Select(t => new PartnerOrderSearchTerm { OrderId = order.Id, PartnerId = order.PartnerId, Term = t });
}

internal sealed class PartnerOrderSearchTermConfiguration : IEntityTypeConfiguration<PartnerOrderSearchTerm>
{
    public void Configure(EntityTypeBuilder<PartnerOrderSearchTerm> b)
    {
        b.ToTable("PartnerOrderSearchTerms");
        b.HasKey(t => new { t.OrderId, t.Term });
        b.HasOne<PartnerOrder>().WithMany().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.PartnerId, t.Term, t.OrderId });
        b.Property(t => t.Term).HasMaxLength(PartnerOrderSearchTerm.MaxLength);
    }
}
