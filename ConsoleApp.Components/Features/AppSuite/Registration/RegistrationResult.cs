namespace ConsoleApp.Components.Features.AppSuite.Registration;

public enum RegistrationRefusal
{
    Empty,
    TooLarge,
    NotTheFormat,
    UnknownSite,
    ResellerIdRequired,
    UnknownReseller,
    OtherReseller,
    VersionNotLicensed,
    VouchersBeforeFive,
    VoucherUnknown,
    VoucherOtherReseller,
    VoucherUsed,
    Replayed,
    Conflict,
    /// <summary>An anonymous upload did not prove its right to the site (same machine or the owner's Reseller ID).</summary>
    ProofRequired,
    /// <summary>Too many anonymous uploads from one client address.</summary>
    RateLimited,
    /// <summary>The site name entered is too long.</summary>
    SiteNameInvalid,
}

public sealed record LicenceLineView(string PartNumber, string Description, int Quantity);

/// <summary>The answer to an upload: a signed licence file, or the refusal in words (nothing was changed).</summary>
public sealed record RegistrationResult(
    bool Accepted,
    string Message,
    RegistrationRefusal? Refusal = null,
    int? SiteId = null,
    byte[]? LicenceFile = null,
    string? FileName = null,
    DateTime? SwasExpiry = null,
    IReadOnlyList<LicenceLineView>? Licences = null)
{
    public static RegistrationResult Refused(RegistrationRefusal reason, string message, int? siteId = null) =>
        new(false, message, reason, siteId);
}
