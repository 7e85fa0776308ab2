using ConsoleApp.Components.Features.AppSuite.Catalog;
using ConsoleApp.Components.Features.AppSuite.Mail;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Security;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.AppSuite.Registration;

/// <summary>
/// Offline registration: checks an uploaded licence request, registers the site (claiming a stocked site id for a
/// reseller, redeeming 5.0+ vouchers) in one transaction and returns the signed licence file. Any refusal changes
/// nothing but the request log. Uploads may be anonymous, so lookups run with a system context and the service
/// itself decides which reseller the request is for. An anonymous upload must prove its right to the site (the
/// machine fingerprint on record, or the owning reseller's Reseller ID); every failure of that proof gets the same
/// words, so an anonymous visitor cannot tell unknown, stocked and other resellers' sites apart. Anonymous uploads
/// are rate limited per client address, in the same window as the HTTP upload endpoint.
/// </summary>
public sealed class RegistrationService(
    ConsoleDb consoleDb,
    LicenceSigner signer,
    AppSuiteMailer mailer,
    IChangeNotifier notifier,
    IOptions<AppSuiteOptions> options,
    AnonymousUploadLimiter uploadLimiter,
    ClientAddress clientAddress,
    TimeProvider clock,
    ILogger<RegistrationService> logger)
{
    /// <summary>The one answer to an anonymous upload that does not prove its right to the site, whatever the cause.</summary>
    public const string ProofRequiredMessage =
        "This site cannot be registered from an anonymous upload without proof that it is yours. Sign in to the portal, "
        + "or enter your Reseller ID (your Mitel SAP account number) and upload again. If the site has moved to you, contact support.";

    public int MaxRequestBytes => options.Value.MaxRequestBytes;

    /// <param name="permitTaken">True when the HTTP rate limiter already spent this upload's permit.</param>
    /// <param name="siteName">The customer's name for a site that has none yet (a stocked or unregistered site);
    /// without one such a site is named "Site {id}", so it never shows blank.</param>
    public async Task<RegistrationResult> RegisterAsync(byte[] content, string? fileName, string? resellerNumber, CancellationToken ct = default,
        bool permitTaken = false, string? siteName = null)
    {
        var user = await consoleDb.UserAsync();
        if (!permitTaken && RateLimited(user)) return RegistrationResult.Refused(RegistrationRefusal.RateLimited, AnonymousUploadLimiter.Message);
        var upload = new Upload(user, fileName, content.Length);
        if (content.Length == 0) return await RefuseAsync(upload, RegistrationRefusal.Empty, "The file is empty. Choose the licence request file Communication Service saved.", ct);
        if (content.Length > MaxRequestBytes)
            return await RefuseAsync(upload, RegistrationRefusal.TooLarge, $"The file is larger than {MaxRequestBytes / 1024} KB; a licence request is a small text file.", ct);
        var parsed = LicenceRequestParser.Parse(content, clock.GetUtcNow());
        if (parsed.Request is not { } request) return await RefuseAsync(upload, RegistrationRefusal.NotTheFormat, parsed.Error!, ct);
        upload = upload with { Request = request };
        if (SiteNames.Problem(siteName) is { } nameProblem) return await RefuseAsync(upload, RegistrationRefusal.SiteNameInvalid, nameProblem, ct);
        upload = upload with { SiteName = SiteNames.Clean(siteName) };

        await using var db = await consoleDb.OpenAsync(UserContext.System, ct);
        var check = await CheckAsync(db, request, user, resellerNumber, ct);
        if (check.Refusal is { } refusal)
            return await RefuseAsync(upload with { ResellerId = check.ResellerId == 0 ? null : check.ResellerId }, refusal, check.Message!, ct, check.Cause);
        upload = upload with { ResellerId = check.ResellerId };
        try
        {
            return await WriteAsync(db, upload, check, ct);
        }
        catch (RefusedException ex)
        {
            return await RefuseAsync(upload, ex.Reason, ex.Message, ct);
        }
    }

    /// <summary>Records the refusal of a file the page did not read because its declared size is over the limit.</summary>
    public async Task<RegistrationResult> RefuseOversizedAsync(string? fileName, long size, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        if (RateLimited(user)) return RegistrationResult.Refused(RegistrationRefusal.RateLimited, AnonymousUploadLimiter.Message);
        var upload = new Upload(user, fileName, (int)Math.Min(size, int.MaxValue));
        return await RefuseAsync(upload, RegistrationRefusal.TooLarge, $"The file is larger than {MaxRequestBytes / 1024} KB; a licence request is a small text file.", ct);
    }

    /// <summary>Not limited when signed in; an anonymous caller spends one permit of its client address.</summary>
    private bool RateLimited(UserContext user)
    {
        if (user.IsAuthenticated || uploadLimiter.TryAcquire(clientAddress.Key)) return false;
        logger.LogInformation("Anonymous upload from {Client} refused: rate limit reached", clientAddress.Key);
        return true;
    }

    private async Task<Check> CheckAsync(ConsoleDbContext db, LicenceRequest request, UserContext user, string? resellerNumber, CancellationToken ct)
    {
        var site = await db.Set<AppSuiteSite>().Include(s => s.Licences).FirstOrDefaultAsync(s => s.Id == request.SiteId, ct);
        var stocked = site is null
            ? await db.Set<AppSuiteStockedSite>().FirstOrDefaultAsync(s => s.Id == request.SiteId && s.ClaimedAt == null, ct)
            : null;
        Reseller? entered = null;
        var number = resellerNumber?.Trim();
        if (!string.IsNullOrEmpty(number)) entered = await db.Resellers.FirstOrDefaultAsync(r => r.ResellerNumber == number, ct);
        if (!user.IsAuthenticated && AnonymousProofFails(site, stocked, number, entered, request) is { } cause)
            return Check.Refuse(RegistrationRefusal.ProofRequired, ProofRequiredMessage, site?.ResellerId ?? 0, cause);

        if (site is null && stocked is null)
            return Check.Refuse(RegistrationRefusal.UnknownSite, $"Site id {request.SiteId} is not known. Check the site id shown in Communication Service.");
        if (!string.IsNullOrEmpty(number) && entered is null)
            return Check.Refuse(RegistrationRefusal.UnknownReseller, $"Reseller ID {number} is not known. It is your Mitel SAP account number.");
        int resellerId;
        if (site is not null)
        {
            resellerId = site.ResellerId;
            if ((user.ResellerId is { } own && own != site.ResellerId) || (entered is not null && entered.Id != site.ResellerId))
                return Check.Refuse(RegistrationRefusal.OtherReseller, $"Site {site.Id} is linked to another reseller account. Contact support if the site has moved to you.");
        }
        else if (user.ResellerId is { } own)
        {
            if (entered is not null && entered.Id != own)
                return Check.Refuse(RegistrationRefusal.OtherReseller, "The Reseller ID entered is not the reseller you are signed in for.");
            resellerId = own;
        }
        else if (entered is not null) resellerId = entered.Id;
        else
            return Check.Refuse(RegistrationRefusal.ResellerIdRequired,
                $"Site {request.SiteId} is a stocked site not yet linked to a reseller: enter your Reseller ID (your Mitel SAP account number) and upload again.");

        var licensed = ProductVersion.Parse(site?.ProductVersion ?? stocked!.ProductVersion);
        if (request.ProductVersion > licensed)
            return Check.Refuse(RegistrationRefusal.VersionNotLicensed,
                $"Site {request.SiteId} is licensed for version {licensed}; the request comes from {request.ProductVersion}. Order the upgrade first.", resellerId);

        var vouchers = new List<AppSuiteVoucher>();
        if (request.VoucherCodes.Count > 0)
        {
            if (!request.ProductVersion.RedeemsVouchersInSoftware)
                return Check.Refuse(RegistrationRefusal.VouchersBeforeFive, "Vouchers are redeemed in the software from version 5.0; assign them to older sites on the Vouchers page.", resellerId);
            var codes = request.VoucherCodes.ToList();
            vouchers = await db.Set<AppSuiteVoucher>().Where(v => codes.Contains(v.Code)).ToListAsync(ct);
            foreach (var code in codes)
            {
                var voucher = vouchers.FirstOrDefault(v => v.Code == code);
                // Anonymously: one answer for unknown and other resellers' codes, and never where a voucher was used.
                if (voucher is null)
                    return Check.Refuse(RegistrationRefusal.VoucherUnknown,
                        user.IsAuthenticated ? $"Voucher {code} is not known. Check the code on the voucher." : AnonymousVoucherMessage(code), resellerId);
                if (voucher.ResellerId != resellerId)
                    return Check.Refuse(RegistrationRefusal.VoucherOtherReseller,
                        user.IsAuthenticated ? $"Voucher {code} was purchased by another reseller and cannot be redeemed for this site." : AnonymousVoucherMessage(code), resellerId);
                if (voucher.SiteId is not null)
                    return Check.Refuse(RegistrationRefusal.VoucherUsed,
                        user.IsAuthenticated ? $"Voucher {code} has already been used (site {voucher.SiteId}, {voucher.UsedAt:dd MMM yyyy})." : $"Voucher {code} has already been used.", resellerId);
            }
        }
        var requestId = request.RequestId.ToString("D");
        if (await db.Set<LicenceRequestRecord>().AnyAsync(r => r.AcceptedRequestId == requestId, ct))
            return Check.Refuse(RegistrationRefusal.Replayed, "This licence request has already been used. Create a new request in Communication Service.", resellerId);
        return new Check(null, null, resellerId, site, stocked, vouchers);
    }

    private static string AnonymousVoucherMessage(string code) =>
        $"Voucher {code} cannot be redeemed for this site. Check the code on the voucher, or sign in and check it on the Vouchers page.";

    /// <summary>Why an anonymous upload has not proved its right to the site (for the audit trail only), or null.
    /// A site on record: the same machine, or the owner's Reseller ID. A stocked site: a known Reseller ID.</summary>
    private static string? AnonymousProofFails(AppSuiteSite? site, AppSuiteStockedSite? stocked, string? number, Reseller? entered, LicenceRequest request)
    {
        if (site is null && stocked is null) return "UnknownSite";
        if (!string.IsNullOrEmpty(number) && entered is null) return "UnknownReseller";
        if (stocked is not null) return entered is null ? "ResellerIdRequired" : null;
        if (entered is not null) return entered.Id == site!.ResellerId ? null : "OtherReseller";
        var sameMachine = site!.MachineFingerprint is { } onRecord
            && string.Equals(onRecord, request.MachineFingerprint, StringComparison.OrdinalIgnoreCase);
        return sameMachine ? null : "OtherMachine";
    }

    private async Task<RegistrationResult> WriteAsync(ConsoleDbContext db, Upload upload, Check check, CancellationToken ct)
    {
        var request = upload.Request!;
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = Actor(upload.User, check.ResellerId);
        var parts = await db.Set<AppSuitePart>().ToDictionaryAsync(p => p.PartNumber, ct);
        var reseller = await db.Resellers.SingleAsync(r => r.Id == check.ResellerId, ct);

        var newVersion = Guid.NewGuid();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Conditional updates first: the transaction's first statement writes, so a concurrent registration waits
        // for the lock and then sees the voucher (or stocked id) as taken instead of both succeeding.
        foreach (var voucher in check.Vouchers)
        {
            var rows = await db.Set<AppSuiteVoucher>()
                .Where(v => v.Id == voucher.Id && v.SiteId == null)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(v => v.SiteId, request.SiteId)
                    .SetProperty(v => v.UsedAt, now)
                    .SetProperty(v => v.RedeemedIn, VoucherRedemption.Software)
                    .SetProperty(v => v.UsedBy, actor.Email)
                    .SetProperty(v => v.Version, newVersion), ct);
            if (rows == 0) throw new RefusedException(RegistrationRefusal.VoucherUsed, $"Voucher {voucher.Code} has just been used by someone else.");
        }
        var site = check.Site;
        if (site is null)
        {
            var stocked = check.Stocked!;
            var claimed = await db.Set<AppSuiteStockedSite>()
                .Where(s => s.Id == stocked.Id && s.ClaimedAt == null)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.ClaimedAt, now)
                    .SetProperty(s => s.ClaimedByResellerId, check.ResellerId)
                    .SetProperty(s => s.Version, newVersion), ct);
            if (claimed == 0) throw new RefusedException(RegistrationRefusal.Conflict, $"Site {stocked.Id} was registered by another upload a moment ago; upload again.");
            site = new AppSuiteSite { Id = stocked.Id, ResellerId = check.ResellerId, ProductVersion = stocked.ProductVersion, PurchasedAt = stocked.StockedAt };
            site.Licences.Add(new AppSuiteLicence { ResellerId = check.ResellerId, PartNumber = stocked.BasePartNumber, Quantity = stocked.BaseQuantity, AddedAt = now, Source = "Stock" });
            db.Add(site);
        }
        var firstRegistration = site.RegisteredAt is null;
        site.RegisteredAt ??= now;
        site.MachineFingerprint = request.MachineFingerprint;
        // A site without a name (claimed from stock, or purchased and never registered) gets the one entered, or its id.
        site.Name ??= upload.SiteName ?? SiteNames.Default(site.Id);
        // The licence file returned below is the site's new certificate: it holds every licence the site has now.
        site.CertificateIssuedAt = now;
        foreach (var voucher in check.Vouchers)
            site.Licences.Add(new AppSuiteLicence { SiteId = site.Id, ResellerId = check.ResellerId, PartNumber = voucher.PartNumber, Quantity = 1, AddedAt = now, Source = voucher.Code });

        var requestId = request.RequestId.ToString("D");
        var message = $"Site {site.Id} registered{(check.Vouchers.Count > 0 ? $"; {check.Vouchers.Count} voucher(s) redeemed" : "")}.";
        var record = Record(upload, true, "Accepted", message);
        record.AcceptedRequestId = requestId;
        db.Add(record);
        AuditLog.Record(db, actor, "AppSuiteSite", site.Id, firstRegistration ? "SiteRegistered" : "SiteReRegistered", null,
            new { requestId, version = request.ProductVersion.ToString(), vouchers = check.Vouchers.Select(v => v.Code).ToList(), reseller = reseller.ResellerNumber });
        await mailer.EnqueueAsync(db, check.ResellerId, AppSuiteMailRouting.RegistrationKind, $"App Suite site {site.Id} registered",
            $"Site {site.Id} ({site.Name}) was registered offline on {now:yyyy-MM-dd HH:mm} UTC for version {site.ProductVersion}."
            + (check.Vouchers.Count > 0 ? $"\nVouchers redeemed: {string.Join(", ", check.Vouchers.Select(v => v.Code))}." : ""), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RefusedException(RegistrationRefusal.Conflict, $"Site {site.Id} was changed by another upload a moment ago; upload again.");
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new RefusedException(RegistrationRefusal.Replayed, "This licence request has already been used. Create a new request in Communication Service.");
        }

        var lines = LicenceDocument.Lines(site.Licences, parts);
        var payload = LicenceDocument.Build(site, reseller.ResellerNumber, request.RequestId, request.MachineFingerprint, lines,
            check.Vouchers.Select(v => v.Code).ToList(), now);
        var file = signer.Sign(payload);
        await tx.CommitAsync(ct);

        notifier.Publish(AppSuiteTopics.Sites, site.Id, Tenant.Reseller(check.ResellerId), firstRegistration ? "registered" : "re-registered");
        if (check.Vouchers.Count > 0) notifier.Publish(AppSuiteTopics.Vouchers, site.Id, Tenant.Reseller(check.ResellerId), "redeemed");
        mailer.Flush();
        logger.LogInformation("Licence request {RequestId} for site {SiteId} accepted for reseller {ResellerId}", requestId, site.Id, check.ResellerId);
        return new RegistrationResult(true, message, null, site.Id, file, $"licence-{site.Id}-{now:yyyyMMdd-HHmmss}.lic", site.SwasExpiry, lines);
    }

    private async Task<RegistrationResult> RefuseAsync(Upload upload, RegistrationRefusal reason, string message, CancellationToken ct, string? cause = null)
    {
        // A fresh context: whatever the failed attempt tracked or wrote was rolled back with its transaction.
        await using var db = await consoleDb.OpenAsync(UserContext.System, ct);
        // An unproved anonymous upload leaves nothing but the audit entry (filed under the site's reseller, if any).
        if (reason != RegistrationRefusal.ProofRequired) db.Add(Record(upload, false, reason.ToString(), message));
        AuditLog.Record(db, Actor(upload.User, upload.ResellerId), "AppSuiteLicenceRequest", upload.Request?.RequestId.ToString("D") ?? "(unreadable)",
            "LicenceRequestRefused", null, new { reason = reason.ToString(), cause, message, siteId = upload.Request?.SiteId, upload.FileName, client = upload.User.IsAuthenticated ? null : clientAddress.Key });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Licence request refused ({Reason}{Cause}): {Message}", reason, cause is null ? "" : $", {cause}", message);
        return RegistrationResult.Refused(reason, message, upload.Request?.SiteId);
    }

    private LicenceRequestRecord Record(Upload upload, bool accepted, string outcome, string message) => new()
    {
        ReceivedAt = clock.GetUtcNow().UtcDateTime,
        FileName = upload.FileName is { Length: > 260 } f ? f[..260] : upload.FileName,
        SizeBytes = upload.Size,
        RequestId = upload.Request?.RequestId.ToString("D"),
        SiteId = upload.Request?.SiteId,
        ResellerId = upload.ResellerId,
        ProductVersion = upload.Request?.ProductVersion.ToString(),
        UserId = upload.User.IsAuthenticated ? upload.User.UserId : null,
        Accepted = accepted,
        Outcome = outcome,
        Message = message.Length > 500 ? message[..500] : message,
    };

    /// <summary>Anonymous uploads are audited under the reseller they were processed for.</summary>
    private static UserContext Actor(UserContext user, int? resellerId) => user.IsAuthenticated
        ? user
        : new UserContext("anonymous", "anonymous upload", "Anonymous upload", "Anonymous", ResellerId: resellerId);

    private sealed record Upload(UserContext User, string? FileName, int Size, LicenceRequest? Request = null, int? ResellerId = null, string? SiteName = null);

    private sealed record Check(RegistrationRefusal? Refusal, string? Message, int ResellerId, AppSuiteSite? Site, AppSuiteStockedSite? Stocked, List<AppSuiteVoucher> Vouchers, string? Cause = null)
    {
        public static Check Refuse(RegistrationRefusal reason, string message, int resellerId = 0, string? cause = null) => new(reason, message, resellerId, null, null, [], cause);
    }

    private sealed class RefusedException(RegistrationRefusal reason, string message) : Exception(message)
    {
        public RegistrationRefusal Reason { get; } = reason;
    }
}
