using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Platform.Mail;

/// <summary>
/// An e-mail waiting to be sent. Features add it in the same transaction as the change it reports, so mail is
/// sent exactly for committed changes; <see cref="MailOutboxSender"/> delivers it afterwards.
/// </summary>
public sealed class OutboxMail
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>What caused it, e.g. "appsuite.swas-alert" (for tests and the audit of who got what).</summary>
    public required string Kind { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> b)
    {
        b.ToTable("OutboxMails");
        b.HasIndex(m => new { m.SentAt, m.Id });
        b.Property(m => m.To).HasMaxLength(320);
        b.Property(m => m.Kind).HasMaxLength(64);
    }
}
