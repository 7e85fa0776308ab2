using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Marketplace;

internal sealed class MarketplaceSubscriptionConfiguration : IEntityTypeConfiguration<MarketplaceSubscription>
{
    public void Configure(EntityTypeBuilder<MarketplaceSubscription> b)
    {
        b.ToTable("MarketplaceSubscriptions");
        b.HasOne<Partner>().WithMany().HasForeignKey(s => s.PartnerId);
        b.HasOne<CustomerAccount>().WithMany().HasForeignKey(s => s.AccountId);
        b.HasIndex(s => new { s.PartnerId, s.AccountId });
        b.Property(s => s.ProductName).HasMaxLength(200);
        b.Property(s => s.AdminEmail).HasMaxLength(254);
        b.Property(s => s.AdminFirstName).HasMaxLength(100);
        b.Property(s => s.AdminLastName).HasMaxLength(100);
        b.Property(s => s.TenantName).HasMaxLength(200);
    }
}

internal sealed class MarketplaceOrderConfiguration : IEntityTypeConfiguration<MarketplaceOrder>
{
    public void Configure(EntityTypeBuilder<MarketplaceOrder> b)
    {
        b.ToTable("MarketplaceOrders");
        b.HasOne<Partner>().WithMany().HasForeignKey(o => o.PartnerId);
        b.HasOne<CustomerAccount>().WithMany().HasForeignKey(o => o.AccountId);
        b.HasMany(o => o.Items).WithOne().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.PartnerId, o.AccountId, o.Status, o.CreatedAt });
        b.HasIndex(o => o.NextStepAt);
        // The dashboard: failed and long-running provisioning per partner, and provisioning outcomes per day.
        b.HasIndex(o => new { o.PartnerId, o.Status, o.UpdatedAt });
        b.Property(o => o.Name).HasMaxLength(40);
        b.Property(o => o.CreatedByName).HasMaxLength(200);
        b.Property(o => o.CreatedByOrganization).HasMaxLength(200);
        b.Property(o => o.VendorMessage).HasMaxLength(1000);
    }
}

internal sealed class MarketplaceOrderItemConfiguration : IEntityTypeConfiguration<MarketplaceOrderItem>
{
    public void Configure(EntityTypeBuilder<MarketplaceOrderItem> b)
    {
        b.ToTable("MarketplaceOrderItems");
        b.HasOne(i => i.Subscription).WithMany().HasForeignKey(i => i.SubscriptionId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(i => new { i.PartnerId, i.AccountId });
        b.Property(i => i.ProductName).HasMaxLength(200);
        b.Property(i => i.AdminEmail).HasMaxLength(254);
        b.Property(i => i.AdminFirstName).HasMaxLength(100);
        b.Property(i => i.AdminLastName).HasMaxLength(100);
        b.Property(i => i.TenantName).HasMaxLength(200);
        b.Property(i => i.VendorMessage).HasMaxLength(1000);
    }
}

internal sealed class MarketplaceOrderNoteConfiguration : IEntityTypeConfiguration<MarketplaceOrderNote>
{
    public void Configure(EntityTypeBuilder<MarketplaceOrderNote> b)
    {
        b.ToTable("MarketplaceOrderNotes");
        b.HasOne<MarketplaceOrder>().WithMany().HasForeignKey(n => n.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.OrderId, n.At });
        b.HasIndex(n => new { n.PartnerId, n.AccountId });
        b.Property(n => n.AuthorName).HasMaxLength(200);
        b.Property(n => n.Text).HasMaxLength(2000);
    }
}
