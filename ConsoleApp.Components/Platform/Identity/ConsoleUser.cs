using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>A console sign-in. One role per user; the tenant ids say which partner/account/reseller/company it acts for.</summary>
public sealed class ConsoleUser
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public required string Email { get; set; }
    public string NormalizedEmail { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public required string Role { get; set; }
    public int? PartnerId { get; set; }
    public int? AccountId { get; set; }
    public int? ResellerId { get; set; }
    public int? CompanyId { get; set; }
    public bool LockoutEnabled { get; set; } = true;
    public DateTimeOffset? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class ConsoleUserConfiguration : IEntityTypeConfiguration<ConsoleUser>
{
    public void Configure(EntityTypeBuilder<ConsoleUser> b)
    {
        b.ToTable("Users");
        b.Property(u => u.Email).HasMaxLength(256);
        b.Property(u => u.NormalizedEmail).HasMaxLength(256);
        b.HasIndex(u => u.NormalizedEmail).IsUnique();
        b.Property(u => u.Role).HasMaxLength(32);
        b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        // SQLite cannot compare DateTimeOffset in SQL; lockout is only ever read back, never queried on.
        b.Property(u => u.LockoutEnd).HasConversion(v => v.HasValue ? v.Value.UtcTicks : (long?)null,
            v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
    }
}
