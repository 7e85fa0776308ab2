using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Orders;

public enum OrderProduct { MiTeamMeetings = 0, MitelOne = 1 }

/// <summary>
/// A subscription a partner purchased from the vendor, listed as an order until it is assigned to a customer account.
/// Its status is computed from these fields, never stored (see the Orders feature's status rules).
/// </summary>
public sealed class PartnerOrder : IPartnerOwned, IVersioned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public required string SapOrderId { get; set; }
    public string ResellerPoNumber { get; set; } = "";
    public string ResellerSapId { get; set; } = "";
    public string CustomerPoNumber { get; set; } = "";
    public required string TrackingNumber { get; set; }
    public OrderProduct Product { get; set; }
    public int Licenses { get; set; }
    /// <summary>Term in months; 0 for a perpetual order.</summary>
    public int TermMonths { get; set; }
    public bool IsPerpetual { get; set; }
    public DateTime PurchasedAt { get; set; }
    /// <summary>When the order expires (UTC); null for perpetual orders.</summary>
    public DateTime? ExpiresAt { get; set; }
    public int? AssignedAccountId { get; set; }
    public DateTime? AssignedAt { get; set; }
    /// <summary>When the subscription was activated on the assigned account; null while activation is pending.</summary>
    public DateTime? ActivatedAt { get; set; }
    public Guid Version { get; set; }
}

internal sealed class PartnerOrderConfiguration : IEntityTypeConfiguration<PartnerOrder>
{
    public void Configure(EntityTypeBuilder<PartnerOrder> b)
    {
        b.ToTable("PartnerOrders");
        b.HasOne<Partner>().WithMany().HasForeignKey(o => o.PartnerId);
        b.HasOne<CustomerAccount>().WithMany().HasForeignKey(o => o.AssignedAccountId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(o => new { o.PartnerId, o.SapOrderId }).IsUnique();
        b.HasIndex(o => new { o.PartnerId, o.AssignedAccountId, o.ExpiresAt });
        // Newest-first paging (ORDER BY PurchasedAt DESC, Id DESC straight off the index, also within the thousands
        // of orders that can share one purchase instant: PostgreSQL's indexes have no implicit rowid tie-breaker),
        // and (with the product in the index) the dashboard's orders per day without a table lookup.
        b.HasIndex(o => new { o.PartnerId, o.PurchasedAt, o.Id, o.Product });
        // The expiry monitor looks across partners for orders whose expiry date just passed a boundary.
        b.HasIndex(o => o.ExpiresAt);
        // The dashboard's expiries per week, assigned or not, read from the index alone.
        b.HasIndex(o => new { o.PartnerId, o.ExpiresAt, o.AssignedAccountId });
        b.Property(o => o.SapOrderId).HasMaxLength(32);
        b.Property(o => o.TrackingNumber).HasMaxLength(64);
    }
}
