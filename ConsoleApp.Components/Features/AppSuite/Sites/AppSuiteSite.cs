using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.AppSuite.Sites;

/// <summary>
/// A MiVO App Suite site of a reseller, keyed by its site id. <see cref="RegisteredAt"/> is null while the site is
/// purchased but not yet registered at the customer. <see cref="ProductVersion"/> is the version licensed to run.
/// SWAS in place runs from <see cref="SwasStart"/> to <see cref="SwasExpiry"/> (both null: no SWAS).
/// </summary>
public sealed class AppSuiteSite : IResellerOwned, IVersioned
{
    public int Id { get; set; }
    public int ResellerId { get; set; }
    public string? Name { get; set; }
    public required string ProductVersion { get; set; }
    public DateTime PurchasedAt { get; set; }
    public DateTime? RegisteredAt { get; set; }
    public string? MachineFingerprint { get; set; }
    public DateTime? SwasStart { get; set; }
    public DateTime? SwasExpiry { get; set; }
    /// <summary>When the portal last issued the site's licence certificate (its signed licence file); null: never.</summary>
    public DateTime? CertificateIssuedAt { get; set; }
    public Guid Version { get; set; }
    public List<AppSuiteLicence> Licences { get; set; } = [];
}

/// <summary>Licensed units of one part on a site, from the purchase, a voucher or a registration.</summary>
public sealed class AppSuiteLicence : IResellerOwned
{
    public long Id { get; set; }
    public int SiteId { get; set; }
    public int ResellerId { get; set; }
    public required string PartNumber { get; set; }
    public int Quantity { get; set; }
    public DateTime AddedAt { get; set; }
    /// <summary>Where the units came from: "Purchase" or the voucher code.</summary>
    public required string Source { get; set; }
}

/// <summary>
/// A site id bought from stock (e.g. through a distributor) that is not linked to a reseller yet. Registering it
/// with a Reseller ID turns it into that reseller's <see cref="AppSuiteSite"/>; the row stays as a record of the claim.
/// </summary>
public sealed class AppSuiteStockedSite : IVersioned
{
    public int Id { get; set; }
    public required string ProductVersion { get; set; }
    public required string BasePartNumber { get; set; }
    public int BaseQuantity { get; set; } = 1;
    public DateTime StockedAt { get; set; }
    public int? ClaimedByResellerId { get; set; }
    public DateTime? ClaimedAt { get; set; }
    public Guid Version { get; set; }
}

internal sealed class AppSuiteSiteConfiguration : IEntityTypeConfiguration<AppSuiteSite>
{
    public void Configure(EntityTypeBuilder<AppSuiteSite> b)
    {
        b.ToTable("AppSuiteSites");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Name).HasMaxLength(120);
        b.Property(s => s.ProductVersion).HasMaxLength(8);
        b.Property(s => s.MachineFingerprint).HasMaxLength(128);
        b.HasIndex(s => new { s.ResellerId, s.ProductVersion });
        b.HasIndex(s => new { s.ResellerId, s.SwasExpiry });
        b.HasOne<Reseller>().WithMany().HasForeignKey(s => s.ResellerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Licences).WithOne().HasForeignKey(l => l.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppSuiteLicenceConfiguration : IEntityTypeConfiguration<AppSuiteLicence>
{
    public void Configure(EntityTypeBuilder<AppSuiteLicence> b)
    {
        b.ToTable("AppSuiteLicences");
        b.Property(l => l.PartNumber).HasMaxLength(16);
        b.Property(l => l.Source).HasMaxLength(32);
        b.HasIndex(l => new { l.ResellerId, l.SiteId });
    }
}

internal sealed class AppSuiteStockedSiteConfiguration : IEntityTypeConfiguration<AppSuiteStockedSite>
{
    public void Configure(EntityTypeBuilder<AppSuiteStockedSite> b)
    {
        b.ToTable("AppSuiteStockedSites");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.ProductVersion).HasMaxLength(8);
        b.Property(s => s.BasePartNumber).HasMaxLength(16);
    }
}
