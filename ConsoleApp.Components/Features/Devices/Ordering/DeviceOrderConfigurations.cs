using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Devices;

internal sealed class DeviceOrderConfiguration : IEntityTypeConfiguration<DeviceOrder>
{
    public void Configure(EntityTypeBuilder<DeviceOrder> b)
    {
        b.ToTable("DeviceOrders");
        b.HasOne<Company>().WithMany().HasForeignKey(o => o.CompanyId);
        b.HasOne<Carrier>().WithMany().HasForeignKey(o => o.CarrierId);
        b.HasOne<HrEmployee>().WithMany().HasForeignKey(o => o.EmployeeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<MobileLine>().WithMany().HasForeignKey(o => o.UpgradeLineId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(o => o.Items).WithOne().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.CompanyId, o.Status, o.ApproverUserId });
        b.HasIndex(o => new { o.CompanyId, o.RequesterUserId, o.CreatedAt });
        b.HasIndex(o => new { o.CompanyId, o.CreatedAt });
        b.Ignore(o => o.Number);
        b.Property(o => o.CarrierName).HasMaxLength(100);
        b.Property(o => o.RequesterUserId).HasMaxLength(64);
        b.Property(o => o.RequesterName).HasMaxLength(150);
        b.Property(o => o.RequesterEmail).HasMaxLength(320);
        b.Property(o => o.NotifyEmails).HasMaxLength(2000);
        b.Property(o => o.ShippingLocation).HasMaxLength(300);
        b.Property(o => o.AttentionTo).HasMaxLength(150);
        b.Property(o => o.DealerNotes).HasMaxLength(2000);
        b.Property(o => o.EmployeeName).HasMaxLength(150);
        b.Property(o => o.EmployeeNumber).HasMaxLength(30);
        b.Property(o => o.AccountingCodes).HasMaxLength(100);
        b.Property(o => o.UpgradePhoneNumber).HasMaxLength(30);
        b.Property(o => o.UpgradeReason).HasMaxLength(1000);
        b.Property(o => o.ApproverUserId).HasMaxLength(64);
        b.Property(o => o.ApproverName).HasMaxLength(150);
        b.Property(o => o.DecisionReason).HasMaxLength(1000);
    }
}

internal sealed class DeviceOrderItemConfiguration : IEntityTypeConfiguration<DeviceOrderItem>
{
    public void Configure(EntityTypeBuilder<DeviceOrderItem> b)
    {
        b.ToTable("DeviceOrderItems");
        b.Property(i => i.Description).HasMaxLength(200);
        b.Property(i => i.Colour).HasMaxLength(50);
    }
}

internal sealed class DeviceOrderEventConfiguration : IEntityTypeConfiguration<DeviceOrderEvent>
{
    public void Configure(EntityTypeBuilder<DeviceOrderEvent> b)
    {
        b.ToTable("DeviceOrderEvents");
        b.HasOne<DeviceOrder>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.OrderId, e.At });
        b.Property(e => e.UserId).HasMaxLength(64);
        b.Property(e => e.UserName).HasMaxLength(150);
        b.Property(e => e.Action).HasMaxLength(50);
        b.Property(e => e.Note).HasMaxLength(1000);
    }
}

internal sealed class DealerHandoffConfiguration : IEntityTypeConfiguration<DealerHandoff>
{
    public void Configure(EntityTypeBuilder<DealerHandoff> b)
    {
        b.ToTable("DeviceDealerHandoffs");
        b.HasOne<DeviceOrder>().WithMany().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Carrier>().WithMany().HasForeignKey(h => h.CarrierId);
        b.HasIndex(h => h.OrderId).IsUnique();
        b.Property(h => h.DealerEmail).HasMaxLength(320);
        b.Property(h => h.Reference).HasMaxLength(30);
    }
}
