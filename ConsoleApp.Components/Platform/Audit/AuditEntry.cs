using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Platform.Audit;

/// <summary>One change, written in the same transaction as the change itself. Never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string UserId { get; set; }
    public required string UserEmail { get; set; }
    public required string Role { get; set; }
    public required string TenantKey { get; set; }
    /// <summary>The partner whose admins see this entry on /audit (null for entries of other tenant kinds).</summary>
    public int? PartnerId { get; set; }
    public required string Entity { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasIndex(a => new { a.PartnerId, a.At });
        b.HasIndex(a => new { a.Entity, a.EntityId });
        b.Property(a => a.Entity).HasMaxLength(64);
        b.Property(a => a.Action).HasMaxLength(64);
    }
}
