using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.AppSuite.Catalog;

public enum PartKind { Licence = 0, Swas = 1 }

/// <summary>
/// A part of the App Suite price list, shared by all resellers. A licence part grants <see cref="Units"/> units of
/// <see cref="ProductCode"/> (a 10 pack grants 10); a SWAS part covers <see cref="Units"/> units of its product for a year.
/// </summary>
public sealed class AppSuitePart
{
    public required string PartNumber { get; set; }
    public required string Name { get; set; }
    public PartKind Kind { get; set; }
    public required string ProductCode { get; set; }
    public int Units { get; set; } = 1;

    /// <summary>As the portal shows parts everywhere: "(S1302776) Phone Manager Professional".</summary>
    public string Description => Describe(PartNumber, Name);

    public static string Describe(string partNumber, string name) => $"({partNumber}) {name}";
}

internal sealed class AppSuitePartConfiguration : IEntityTypeConfiguration<AppSuitePart>
{
    public void Configure(EntityTypeBuilder<AppSuitePart> b)
    {
        b.ToTable("AppSuiteParts");
        b.HasKey(p => p.PartNumber);
        b.Property(p => p.PartNumber).HasMaxLength(16);
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.ProductCode).HasMaxLength(32);
        b.Ignore(p => p.Description);
    }
}
