using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>What a request is for; the End-User Requests menu's three tabs.</summary>
public enum OrderKind { NewDevice = 0, Upgrade = 1, Accessory = 2 }

public enum ItemKind { Device = 0, Accessory = 1 }

/// <summary>
/// A user's basket, kept on the server so other tabs, a reconnect and a new sign-in find it as it was.
/// One basket holds one kind of request for one carrier (the dealer it goes to), and for an upgrade one line.
/// </summary>
public sealed class DeviceBasket : ICompanyOwned, IVersioned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public required string UserId { get; set; }
    public OrderKind Kind { get; set; }
    public int CarrierId { get; set; }
    public int? UpgradeLineId { get; set; }
    /// <summary>The ordering and employee information of an order sent back to the basket by Modify, as JSON.</summary>
    public string? CheckoutJson { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
    public List<BasketItem> Items { get; set; } = [];
}

/// <summary>One device or accessory in a basket, with the price captured when it was added.</summary>
public sealed class BasketItem : ICompanyOwned
{
    public int Id { get; set; }
    public int BasketId { get; set; }
    public int CompanyId { get; set; }
    public ItemKind Kind { get; set; }
    public int? DeviceId { get; set; }
    public int? OptionId { get; set; }
    public int? AccessoryId { get; set; }
    /// <summary>The device line an accessory was added for; removing the device removes it too.</summary>
    public int? ParentItemId { get; set; }
    /// <summary>The spare-stock row this device was reserved from (price 0: the company owns it).</summary>
    public int? SpareStockId { get; set; }
    public required string Description { get; set; }
    public int? StorageGb { get; set; }
    public int? TermMonths { get; set; }
    public string? Colour { get; set; }
    public decimal UnitPrice { get; set; }
    public DateTime AddedAt { get; set; }
}

internal sealed class DeviceBasketConfiguration : IEntityTypeConfiguration<DeviceBasket>
{
    public void Configure(EntityTypeBuilder<DeviceBasket> b)
    {
        b.ToTable("DeviceBaskets");
        b.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId);
        b.HasOne<Carrier>().WithMany().HasForeignKey(x => x.CarrierId);
        b.HasOne<MobileLine>().WithMany().HasForeignKey(x => x.UpgradeLineId);
        b.HasIndex(x => new { x.CompanyId, x.UserId }).IsUnique();
        b.Property(x => x.UserId).HasMaxLength(64);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.BasketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BasketItemConfiguration : IEntityTypeConfiguration<BasketItem>
{
    public void Configure(EntityTypeBuilder<BasketItem> b)
    {
        b.ToTable("DeviceBasketItems");
        b.HasOne<DeviceOption>().WithMany().HasForeignKey(i => i.OptionId);
        b.HasOne<CatalogDevice>().WithMany().HasForeignKey(i => i.DeviceId);
        b.HasOne<Accessory>().WithMany().HasForeignKey(i => i.AccessoryId);
        b.HasOne<SpareStock>().WithMany().HasForeignKey(i => i.SpareStockId);
        b.Property(i => i.Description).HasMaxLength(200);
        b.Property(i => i.Colour).HasMaxLength(50);
    }
}
