using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Accounts;

public enum AccountStatus { Active = 0, Deactivated = 1 }

/// <summary>A partner's customer account (seed 3). Partner users see all their partner's accounts; account users only their own.</summary>
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
    public Guid Version { get; set; }
}

internal sealed class CustomerAccountConfiguration : IEntityTypeConfiguration<CustomerAccount>
{
    public void Configure(EntityTypeBuilder<CustomerAccount> b)
    {
        b.ToTable("CustomerAccounts");
        b.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId);
        b.HasIndex(a => new { a.PartnerId, a.Name });
        b.HasIndex(a => a.AccountKey).IsUnique();
        b.Property(a => a.Name).HasMaxLength(200);
    }
}
