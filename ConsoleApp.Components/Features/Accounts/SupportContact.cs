using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>
/// A person who receives the issue reports of one customer account (usually someone at the partner or the
/// customer's IT desk, not necessarily a console user). Every live account keeps at least one.
/// </summary>
public sealed class SupportContact : ICustomerOwned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public int AccountId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string Phone { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

internal sealed class SupportContactConfiguration : IEntityTypeConfiguration<SupportContact>
{
    public void Configure(EntityTypeBuilder<SupportContact> b)
    {
        b.ToTable("SupportContacts");
        b.HasOne<CustomerAccount>().WithMany().HasForeignKey(c => c.AccountId);
        b.HasIndex(c => new { c.AccountId, c.Email }).IsUnique();
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Email).HasMaxLength(254);
        b.Property(c => c.Phone).HasMaxLength(40);
    }
}
