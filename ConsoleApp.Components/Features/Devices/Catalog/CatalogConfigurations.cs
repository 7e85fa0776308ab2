using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Devices;

internal sealed class CarrierConfiguration : IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<Carrier> b)
    {
        b.ToTable("DeviceCarriers");
        b.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId);
        b.HasIndex(c => new { c.CompanyId, c.Name }).IsUnique();
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.DealerName).HasMaxLength(100);
        b.Property(c => c.DealerEmail).HasMaxLength(320);
    }
}

internal sealed class CatalogDeviceConfiguration : IEntityTypeConfiguration<CatalogDevice>
{
    public void Configure(EntityTypeBuilder<CatalogDevice> b)
    {
        b.ToTable("CatalogDevices");
        b.HasOne<Carrier>().WithMany().HasForeignKey(d => d.CarrierId);
        b.HasIndex(d => new { d.CompanyId, d.CarrierId, d.Make });
        b.Property(d => d.Make).HasMaxLength(50);
        b.Property(d => d.Model).HasMaxLength(100);
        b.Property(d => d.Colours).HasMaxLength(300);
        b.Ignore(d => d.ColourList);
        b.Ignore(d => d.Name);
    }
}

internal sealed class DeviceOptionConfiguration : IEntityTypeConfiguration<DeviceOption>
{
    public void Configure(EntityTypeBuilder<DeviceOption> b)
    {
        b.ToTable("CatalogDeviceOptions");
        b.HasOne<CatalogDevice>().WithMany().HasForeignKey(o => o.DeviceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.DeviceId, o.StorageGb, o.TermMonths }).IsUnique();
    }
}

internal sealed class AccessoryConfiguration : IEntityTypeConfiguration<Accessory>
{
    public void Configure(EntityTypeBuilder<Accessory> b)
    {
        b.ToTable("CatalogAccessories");
        b.HasOne<Carrier>().WithMany().HasForeignKey(a => a.CarrierId);
        b.HasIndex(a => new { a.CompanyId, a.CarrierId });
        b.Property(a => a.Name).HasMaxLength(100);
        b.Property(a => a.Category).HasMaxLength(50);
    }
}

internal sealed class AccessoryFitConfiguration : IEntityTypeConfiguration<AccessoryFit>
{
    public void Configure(EntityTypeBuilder<AccessoryFit> b)
    {
        b.ToTable("CatalogAccessoryFits");
        b.HasKey(f => new { f.AccessoryId, f.DeviceId });
        b.HasOne<Accessory>().WithMany().HasForeignKey(f => f.AccessoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CatalogDevice>().WithMany().HasForeignKey(f => f.DeviceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.DeviceId);
    }
}

internal sealed class SpareStockConfiguration : IEntityTypeConfiguration<SpareStock>
{
    public void Configure(EntityTypeBuilder<SpareStock> b)
    {
        b.ToTable("DeviceSpareStock");
        b.HasOne<CatalogDevice>().WithMany().HasForeignKey(s => s.DeviceId);
        b.HasIndex(s => new { s.CompanyId, s.DeviceId });
        b.Property(s => s.Colour).HasMaxLength(50);
        b.Property(s => s.Location).HasMaxLength(100);
        b.ToTable(t => t.HasCheckConstraint("CK_DeviceSpareStock_Available", "\"Available\" >= 0"));
    }
}

internal sealed class HrEmployeeConfiguration : IEntityTypeConfiguration<HrEmployee>
{
    public void Configure(EntityTypeBuilder<HrEmployee> b)
    {
        b.ToTable("HrEmployees");
        b.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId);
        b.HasOne<HrEmployee>().WithMany().HasForeignKey(e => e.ManagerId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.CompanyId, e.FullName });
        b.HasIndex(e => e.UserId);
        b.Property(e => e.FullName).HasMaxLength(150);
        b.Property(e => e.EmployeeNumber).HasMaxLength(30);
        b.Property(e => e.AccountingCodes).HasMaxLength(100);
        b.Property(e => e.Email).HasMaxLength(320);
        b.Property(e => e.Department).HasMaxLength(100);
        b.Property(e => e.UserId).HasMaxLength(64);
    }
}

internal sealed class MobileLineConfiguration : IEntityTypeConfiguration<MobileLine>
{
    public void Configure(EntityTypeBuilder<MobileLine> b)
    {
        b.ToTable("MobileLines");
        b.HasOne<HrEmployee>().WithMany().HasForeignKey(l => l.EmployeeId);
        b.HasOne<Carrier>().WithMany().HasForeignKey(l => l.CarrierId);
        b.HasIndex(l => new { l.CompanyId, l.PhoneNumber }).IsUnique();
        b.HasIndex(l => l.EmployeeId);
        b.Property(l => l.PhoneNumber).HasMaxLength(30);
        b.Property(l => l.CurrentDevice).HasMaxLength(100);
    }
}
