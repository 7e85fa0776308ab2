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
}
