using System.Security.Cryptography;
using System.Text;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// A purchasing system's key for <c>POST /api/partners/{partnerId}/orders</c>. Only the SHA-256 of the key is
/// stored: keys are long random strings, so a slow password hash adds nothing, and a leaked table reveals no key.
/// </summary>
public sealed class PartnerApiKey : IPartnerOwned
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public required string Label { get; set; }
    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public required string KeyHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public const string Header = "X-Api-Key";

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

internal sealed class PartnerApiKeyConfiguration : IEntityTypeConfiguration<PartnerApiKey>
{
    public void Configure(EntityTypeBuilder<PartnerApiKey> b)
    {
        b.ToTable("PartnerApiKeys");
        b.HasOne<Partner>().WithMany().HasForeignKey(k => k.PartnerId);
        b.HasIndex(k => k.KeyHash).IsUnique();
        b.Property(k => k.KeyHash).HasMaxLength(64);
        b.Property(k => k.Label).HasMaxLength(100);
    }
}
