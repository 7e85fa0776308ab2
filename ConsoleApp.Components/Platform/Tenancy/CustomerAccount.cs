using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Platform.Tenancy;

/// <summary>Only <see cref="Active"/> accounts can receive orders. <see cref="Deleted"/> is a tombstone: the row
/// stays so audit entries, order history and other features' rows keep pointing at something, but no page or
/// service shows it again.</summary>
public enum AccountStatus { Active = 0, Deactivated = 1, Deleted = 2 }

/// <summary>A partner's customer account: the tenant root that Accounts, Orders and Marketplace all hang their rows
/// on, so it belongs to the platform rather than to one of them. Partner users see all their partner's accounts;
/// account users only their own.</summary>
public sealed class CustomerAccount : IAccountRoot, IVersioned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public required string Name { get; set; }
    /// <summary>The Account ID users view and copy (a stable public id, not the row id).</summary>
    public required string AccountKey { get; set; }
    public AccountStatus Status { get; set; }
    public string Country { get; set; } = "";
    public string ProvinceState { get; set; } = "";
    public string Address { get; set; } = "";
    public string City { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string DefaultLanguage { get; set; } = "en";
    public string BusinessType { get; set; } = "";
    public string SapCustomerNumber { get; set; } = "";
    public string CloudLocation { get; set; } = "";
    public string PbxType { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>When a partner deleted the account (UTC); set together with <see cref="AccountStatus.Deleted"/>.</summary>
    public DateTime? DeletedAt { get; set; }
    public Guid Version { get; set; }

    /// <summary>The one eligibility rule other features use to decide whether an account may receive orders.</summary>
    public bool CanReceiveOrders => Status == AccountStatus.Active;
}

internal sealed class CustomerAccountConfiguration : IEntityTypeConfiguration<CustomerAccount>
{
    public void Configure(EntityTypeBuilder<CustomerAccount> b)
    {
        b.ToTable("CustomerAccounts");
        b.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId);
        b.HasIndex(a => new { a.PartnerId, a.Name });
        b.HasIndex(a => a.AccountKey).IsUnique();
        // Deactivated accounts of a partner (the dashboard's "Needs attention"), in name order.
        b.HasIndex(a => new { a.PartnerId, a.Status, a.Name });
        b.Property(a => a.Name).HasMaxLength(200);
        b.Ignore(a => a.CanReceiveOrders);
    }
}
