using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>How a company orders devices. Kept beside <see cref="Company"/> rather than on it, so the tenant
/// entity stays the foundation's.</summary>
public sealed class DeviceCompanySettings : ICompanyOwned, IVersioned
{
    public int CompanyId { get; set; }
    /// <summary>Shows the End-User Requests menu (new / upgrade / accessory tabs); otherwise new devices only.</summary>
    public bool UsesEndUserRequestsMenu { get; set; }
    /// <summary>Confirmed orders wait for the employee's HR manager before going to the dealer.</summary>
    public bool RequiresApproval { get; set; }
    public bool RequiresEmployeeNumber { get; set; }
    /// <summary>An upgrade of a line that is not yet eligible is accepted when the requester gives a reason.</summary>
    public bool AllowsIneligibleUpgradeWithReason { get; set; }
    /// <summary>Contract age in months after which a line may be upgraded (see <see cref="UpgradeEligibility"/>).</summary>
    public int UpgradeAfterMonths { get; set; }
    public string DefaultShippingLocation { get; set; } = "";
    public Guid Version { get; set; }
}

internal sealed class DeviceCompanySettingsConfiguration : IEntityTypeConfiguration<DeviceCompanySettings>
{
    public void Configure(EntityTypeBuilder<DeviceCompanySettings> b)
    {
        b.ToTable("DeviceCompanySettings");
        b.HasKey(s => s.CompanyId);
        b.Property(s => s.CompanyId).ValueGeneratedNever();
        b.HasOne<Company>().WithOne().HasForeignKey<DeviceCompanySettings>(s => s.CompanyId);
        b.Property(s => s.DefaultShippingLocation).HasMaxLength(300);
    }
}
