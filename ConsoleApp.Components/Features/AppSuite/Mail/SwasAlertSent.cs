using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.AppSuite.Mail;

/// <summary>Marks that the expiry alert for one site's SWAS term went out; the key makes it once per site per expiry.</summary>
public sealed class SwasAlertSent
{
    public int SiteId { get; set; }
    public DateTime SwasExpiry { get; set; }
    public int ResellerId { get; set; }
    public DateTime SentAt { get; set; }
    public int Recipients { get; set; }
}

internal sealed class SwasAlertSentConfiguration : IEntityTypeConfiguration<SwasAlertSent>
{
    public void Configure(EntityTypeBuilder<SwasAlertSent> b)
    {
        b.ToTable("AppSuiteSwasAlerts");
        b.HasKey(a => new { a.SiteId, a.SwasExpiry });
    }
}
