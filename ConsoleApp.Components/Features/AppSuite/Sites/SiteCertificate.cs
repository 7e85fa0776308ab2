using ConsoleApp.Components.Ui;

namespace ConsoleApp.Components.Features.AppSuite.Sites;

/// <summary>
/// The state of a site's licence certificate: the signed licence file the portal issues when the site registers,
/// which Communication Service checks with the portal's public key (docs/APP-SUITE.md explains each state).
/// </summary>
public enum CertificateState
{
    /// <summary>The portal has issued no certificate: the site has not registered yet.</summary>
    NotIssued,
    /// <summary>The latest certificate holds every licence the site has.</summary>
    Current,
    /// <summary>Licences were added (e.g. a voucher assigned on the portal) after the latest certificate was issued:
    /// the site runs without them until it registers again and loads the new certificate.</summary>
    UpdateNeeded,
}

public static class SiteCertificate
{
    public static string Label(CertificateState state) => state switch
    {
        CertificateState.NotIssued => "Not issued",
        CertificateState.Current => "Current",
        _ => "Update needed",
    };

    /// <summary>An update waits for the reseller; a missing certificate is not yet relevant (unregistered site).</summary>
    public static StatusTone Tone(CertificateState state) => state switch
    {
        CertificateState.Current => StatusTone.Done,
        CertificateState.UpdateNeeded => StatusTone.NeedsAction,
        _ => StatusTone.Inactive,
    };
}
