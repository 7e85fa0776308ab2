using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.AppSuite.Registration;

/// <summary>
/// Every uploaded licence request and its outcome, accepted or refused. <see cref="AcceptedRequestId"/> is set only
/// on accepted requests and is unique, so a request id registers once even when two uploads race.
/// Written without a tenant (uploads may be anonymous); <see cref="ResellerId"/> is the reseller it was processed for.
/// </summary>
public sealed class LicenceRequestRecord
{
    public long Id { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string? FileName { get; set; }
    public int SizeBytes { get; set; }
    public string? RequestId { get; set; }
    public string? AcceptedRequestId { get; set; }
    public int? SiteId { get; set; }
    public int? ResellerId { get; set; }
    public string? ProductVersion { get; set; }
    public string? UserId { get; set; }
    public bool Accepted { get; set; }
    public required string Outcome { get; set; }
    public required string Message { get; set; }
}

internal sealed class LicenceRequestRecordConfiguration : IEntityTypeConfiguration<LicenceRequestRecord>
{
    public void Configure(EntityTypeBuilder<LicenceRequestRecord> b)
    {
        b.ToTable("AppSuiteLicenceRequests");
        b.Property(r => r.FileName).HasMaxLength(260);
        b.Property(r => r.RequestId).HasMaxLength(64);
        b.Property(r => r.AcceptedRequestId).HasMaxLength(64);
        b.HasIndex(r => r.AcceptedRequestId).IsUnique();
        b.Property(r => r.ProductVersion).HasMaxLength(16);
        b.Property(r => r.UserId).HasMaxLength(64);
        b.Property(r => r.Outcome).HasMaxLength(32);
        b.Property(r => r.Message).HasMaxLength(500);
        b.HasIndex(r => new { r.SiteId, r.ReceivedAt });
    }
}
