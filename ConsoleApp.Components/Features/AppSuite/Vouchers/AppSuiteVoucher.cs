using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.AppSuite.Vouchers;

public static class VoucherRedemption
{
    public const string Portal = "Portal";
    public const string Software = "Software";
}

/// <summary>
/// One purchased voucher for one licence part. A pack part (e.g. an Outlook 10 Pack) is one voucher for all its
/// units, so a pack can only ever go to one site. Once <see cref="SiteId"/> is set it never changes.
/// </summary>
public sealed class AppSuiteVoucher : IResellerOwned, IVersioned
{
    public int Id { get; set; }
    public int ResellerId { get; set; }
    public required string Code { get; set; }
    public required string PartNumber { get; set; }
    public required string PurchaseOrder { get; set; }
    public DateTime PurchasedAt { get; set; }
    public int? SiteId { get; set; }
    public DateTime? UsedAt { get; set; }
    /// <summary>"Portal" (assigned on the Vouchers page, sites before 5.0) or "Software" (redeemed by a 5.0+ licence request).</summary>
    public string? RedeemedIn { get; set; }
    public string? UsedBy { get; set; }
    public Guid Version { get; set; }
}

internal sealed class AppSuiteVoucherConfiguration : IEntityTypeConfiguration<AppSuiteVoucher>
{
    public void Configure(EntityTypeBuilder<AppSuiteVoucher> b)
    {
        b.ToTable("AppSuiteVouchers");
        b.Property(v => v.Code).HasMaxLength(14);
        b.HasIndex(v => v.Code).IsUnique();
        b.Property(v => v.PartNumber).HasMaxLength(16);
        b.Property(v => v.PurchaseOrder).HasMaxLength(32);
        b.Property(v => v.RedeemedIn).HasMaxLength(16);
        b.Property(v => v.UsedBy).HasMaxLength(256);
        b.HasIndex(v => new { v.ResellerId, v.SiteId });
        b.HasIndex(v => new { v.ResellerId, v.PurchaseOrder });
        b.HasOne<Reseller>().WithMany().HasForeignKey(v => v.ResellerId).OnDelete(DeleteBehavior.Restrict);
    }
}
