using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.AppSuite.PortalUsers;

/// <summary>
/// A reseller employee with access to the portal: contact details, e-mail subscriptions, admin flag and main
/// contact. Each has a console sign-in (<see cref="ConsoleUserId"/>) whose role follows <see cref="IsAdmin"/>.
/// </summary>
public sealed class PortalUser : IResellerOwned, IVersioned
{
    public int Id { get; set; }
    public int ResellerId { get; set; }
    public required string ConsoleUserId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public string? JobTitle { get; set; }
    public bool IsAdmin { get; set; }
    public bool IsMainContact { get; set; }
    public bool SalesEmails { get; set; }
    public bool TechnicalEmails { get; set; }
    public bool SwasAlerts { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>Portal settings of one reseller.</summary>
public sealed class AppSuiteResellerSettings : IResellerOwned, IVersioned
{
    public int ResellerId { get; set; }
    /// <summary>An extra address that receives the reseller's SWAS notifications, besides subscribed users.</summary>
    public string? SwasUpgradeEmail { get; set; }
    public Guid Version { get; set; }
}

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> b)
    {
        b.ToTable("AppSuitePortalUsers");
        b.Property(u => u.ConsoleUserId).HasMaxLength(64);
        b.HasIndex(u => u.ConsoleUserId).IsUnique();
        b.Property(u => u.Name).HasMaxLength(120);
        b.Property(u => u.Email).HasMaxLength(256);
        b.Property(u => u.Phone).HasMaxLength(40);
        b.Property(u => u.JobTitle).HasMaxLength(80);
        // The database keeps "at most one main contact" even if two admins race; the service keeps "at least one".
        b.HasIndex(u => u.ResellerId).IsUnique().HasFilter("\"IsMainContact\" = 1").HasDatabaseName("IX_AppSuitePortalUsers_MainContact");
        b.HasOne<Reseller>().WithMany().HasForeignKey(u => u.ResellerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppSuiteResellerSettingsConfiguration : IEntityTypeConfiguration<AppSuiteResellerSettings>
{
    public void Configure(EntityTypeBuilder<AppSuiteResellerSettings> b)
    {
        b.ToTable("AppSuiteResellerSettings");
        b.HasKey(s => s.ResellerId);
        b.Property(s => s.ResellerId).ValueGeneratedNever();
        b.Property(s => s.SwasUpgradeEmail).HasMaxLength(256);
        b.HasOne<Reseller>().WithOne().HasForeignKey<AppSuiteResellerSettings>(s => s.ResellerId).OnDelete(DeleteBehavior.Cascade);
    }
}
