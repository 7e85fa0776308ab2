namespace ConsoleApp.Components.Features.AppSuite;

/// <summary>The "AppSuite" section of appsettings.json.</summary>
public sealed class AppSuiteOptions
{
    /// <summary>The portal's ECDSA P-256 signing key (PKCS#8 PEM), created on first use; relative to the content root.</summary>
    public string LicenceKeyPath { get; set; } = "App_Data/appsuite-licence-key.pem";

    /// <summary>Largest licence request file accepted.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>SWAS alerts go out this many days before a site's SWAS expires.</summary>
    public int SwasAlertDays { get; set; } = 30;

    /// <summary>How often the SWAS alert scan runs.</summary>
    public TimeSpan SwasAlertInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Whom resellers contact to request portal access, and for support (registration, licences, vouchers).
    /// Shown on the sign-in page, the register page and where the portal says "contact support".</summary>
    public AppSuiteContacts Contacts { get; set; } = new();
}

public sealed class AppSuiteContacts
{
    public AppSuiteContact Access { get; set; } = new()
    {
        Name = "App Suite partner desk", Email = "appsuite.access@partner-console.test", Phone = "+1 800 555 0150", Hours = "Mon–Fri 08:00–18:00 CET",
    };

    public AppSuiteContact Support { get; set; } = new()
    {
        Name = "App Suite licensing support", Email = "appsuite.support@partner-console.test", Phone = "+1 800 555 0160", Hours = "Mon–Fri 08:00–20:00 CET",
    };
}

/// <summary>One way to reach a desk; any part left empty is not shown.</summary>
public sealed class AppSuiteContact
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Hours { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);
}
