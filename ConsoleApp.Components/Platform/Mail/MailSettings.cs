namespace ConsoleApp.Components.Platform.Mail;

/// <summary>The "Mail" section of appsettings.json. With no SMTP host, mail is written as .eml files to
/// <see cref="PickupDirectory"/> (relative to the host's content root), which is the default.</summary>
public sealed class MailSettings
{
    public string From { get; set; } = "Partner Console <no-reply@partner-console.test>";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string PickupDirectory { get; set; } = "App_Data/mail";
    public int MaxAttempts { get; set; } = 5;
}
