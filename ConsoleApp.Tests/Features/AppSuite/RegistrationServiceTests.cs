using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Mail;
using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Mail;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class RegistrationServiceTests
{
    [Fact]
    public async Task Register_SampleFileAnonymously_ReturnsSignedLicenceAndRecordsIt()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        var result = await console.Get<RegistrationService>(scope).RegisterAsync(File.ReadAllBytes(AppSuiteTestData.SamplePath), "sample.json", null);

        Assert.True(result.Accepted, result.Message);
        var signer = console.Get<LicenceSigner>(scope);
        Assert.True(LicenceSigner.Verify(result.LicenceFile!, signer.PublicKeyPem, out var payload));
        Assert.Contains("\"siteId\":18429", payload);
        Assert.Contains("\"resellerNumber\":\"104233\"", payload);
        Assert.Contains("S1302776", payload);
        await using var db = await console.SystemDbAsync();
        var record = await db.Set<LicenceRequestRecord>().SingleAsync();
        Assert.Equal((true, "6f1c2a9e-4b7d-4e2a-9c51-0d8e7f3a1b24", 1), (record.Accepted, record.AcceptedRequestId, record.ResellerId));
        Assert.Equal("9F2C4E7A1B3D5F60-8A9B0C1D2E3F4051", (await db.Set<AppSuiteSite>().SingleAsync(s => s.Id == AppSuiteDemo.SampleSiteId)).MachineFingerprint);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "SiteReRegistered" && a.EntityId == "18429"));
    }

    [Fact]
    public async Task Register_SameRequestTwice_SecondIsRefusedAsReplay()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        var service = console.Get<RegistrationService>(scope);
        var request = AppSuiteTestData.Request();
        Assert.True((await service.RegisterAsync(request, "r.json", null)).Accepted);
        var again = await service.RegisterAsync(request, "r.json", null);
        Assert.Equal(RegistrationRefusal.Replayed, again.Refusal);
        Assert.Contains("already been used", again.Message);
    }

    [Fact]
    public async Task Register_VouchersOnFiveZero_RedeemsThemAndAddsLicencesInOneGo()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        var result = await console.Get<RegistrationService>(scope).RegisterAsync(
            AppSuiteTestData.Request(vouchers: [AppSuiteDemo.UnusedVoucherCode, AppSuiteDemo.PackVoucherCode]), "r.json", null);

        Assert.True(result.Accepted, result.Message);
        await using var db = await console.SystemDbAsync();
        var vouchers = await db.Set<AppSuiteVoucher>().Where(v => v.Code == AppSuiteDemo.UnusedVoucherCode || v.Code == AppSuiteDemo.PackVoucherCode).ToListAsync();
        Assert.All(vouchers, v => Assert.Equal((AppSuiteDemo.SampleSiteId, VoucherRedemption.Software), (v.SiteId!.Value, v.RedeemedIn!)));
        Assert.Equal(2, await db.Set<AppSuiteLicence>().CountAsync(l => l.SiteId == AppSuiteDemo.SampleSiteId && (l.Source == AppSuiteDemo.UnusedVoucherCode || l.Source == AppSuiteDemo.PackVoucherCode)));
    }

    [Fact]
    public async Task Register_ConfirmationMail_GoesToTechnicalSubscribersOnly()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        Assert.True((await console.Get<RegistrationService>(scope).RegisterAsync(AppSuiteTestData.Request(), "r.json", null)).Accepted);
        await using var db = await console.SystemDbAsync();
        var to = await db.Set<OutboxMail>().Where(m => m.Kind == AppSuiteMailRouting.RegistrationKind).Select(m => m.To).OrderBy(t => t).ToListAsync();
        Assert.Equal(["reseller.admin@demo.test", "reseller.user@demo.test"], to);
    }

    [Fact]
    public async Task Register_StockedSiteAnonymouslyWithoutResellerId_AsksForIt_ThenClaimsWithIt()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        var service = console.Get<RegistrationService>(scope);
        var request = AppSuiteTestData.Request(siteId: AppSuiteDemo.StockedSiteId);

        // Anonymously both answers are the one proof-required message (it asks for the Reseller ID).
        var refused = await service.RegisterAsync(request, "r.json", null);
        Assert.Equal(RegistrationRefusal.ProofRequired, refused.Refusal);
        Assert.Contains("Reseller ID", refused.Message);
        Assert.Equal(RegistrationRefusal.ProofRequired, (await service.RegisterAsync(request, "r.json", "999999")).Refusal);

        var accepted = await service.RegisterAsync(request, "r.json", " 207781 ");
        Assert.True(accepted.Accepted, accepted.Message);
        await using var db = await console.SystemDbAsync();
        var site = await db.Set<AppSuiteSite>().Include(s => s.Licences).SingleAsync(s => s.Id == AppSuiteDemo.StockedSiteId);
        Assert.Equal((2, "5.0"), (site.ResellerId, site.ProductVersion));
        Assert.Single(site.Licences);
        Assert.Equal(2, (await db.Set<AppSuiteStockedSite>().SingleAsync(s => s.Id == AppSuiteDemo.StockedSiteId)).ClaimedByResellerId);
    }

    [Fact]
    public async Task Register_StockedSiteSignedIn_BelongsToTheSignedInReseller()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var result = await console.Get<RegistrationService>(scope).RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.OtherStockedSiteId, version: "5.1"), "r.json", null);
        Assert.True(result.Accepted, result.Message);
        await using var db = await console.SystemDbAsync();
        Assert.Equal(1, (await db.Set<AppSuiteSite>().SingleAsync(s => s.Id == AppSuiteDemo.OtherStockedSiteId)).ResellerId);
    }

    public static TheoryData<string, RegistrationRefusal> BadRequests() => new()
    {
        { "empty", RegistrationRefusal.Empty },
        { "too-large", RegistrationRefusal.TooLarge },
        { "not-json", RegistrationRefusal.NotTheFormat },
        { "unknown-site", RegistrationRefusal.UnknownSite },
        { "voucher-used", RegistrationRefusal.VoucherUsed },
        { "voucher-unknown", RegistrationRefusal.VoucherUnknown },
        { "voucher-other-reseller", RegistrationRefusal.VoucherOtherReseller },
        { "vouchers-before-five", RegistrationRefusal.VouchersBeforeFive },
        { "version-not-licensed", RegistrationRefusal.VersionNotLicensed },
        { "other-reseller-site", RegistrationRefusal.OtherReseller },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Register_BadFile_RefusedWithMessageAndNothingChanged(string kind, RegistrationRefusal expected)
    {
        await using var console = await AppSuiteTestData.StartAsync();
        string usedCode;
        await using (var db = await console.SystemDbAsync())
            usedCode = await db.Set<AppSuiteVoucher>().Where(v => v.ResellerId == 1 && v.SiteId != null).Select(v => v.Code).FirstAsync();
        var content = kind switch
        {
            "empty" => [],
            "too-large" => new byte[70 * 1024],
            "not-json" => "MIVO licence request\nsite=18429"u8.ToArray(),
            "unknown-site" => AppSuiteTestData.Request(siteId: 99999),
            "voucher-used" => AppSuiteTestData.Request(vouchers: [AppSuiteDemo.UnusedVoucherCode, usedCode]),
            "voucher-unknown" => AppSuiteTestData.Request(vouchers: ["ZZZZ-ZZZZ-ZZZZ"]),
            "voucher-other-reseller" => AppSuiteTestData.Request(vouchers: [AppSuiteDemo.OtherResellerVoucherCode]),
            "vouchers-before-five" => AppSuiteTestData.Request(siteId: AppSuiteDemo.PreFiveSiteId, version: "4.3", vouchers: [AppSuiteDemo.UnusedVoucherCode]),
            "version-not-licensed" => AppSuiteTestData.Request(siteId: AppSuiteDemo.PreFiveSiteId, version: "5.0"),
            _ => AppSuiteTestData.Request(siteId: AppSuiteDemo.OtherResellerSiteId, version: "4.3"),
        };
        var before = await BusinessSnapshotAsync(console);
        await using var scope = console.As(TestUsers.ResellerUser);
        var result = await console.Get<RegistrationService>(scope).RegisterAsync(content, "bad.req", null);

        Assert.False(result.Accepted);
        Assert.Equal(expected, result.Refusal);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Equal(before, await BusinessSnapshotAsync(console));
        await using var check = await console.SystemDbAsync();
        var record = await check.Set<LicenceRequestRecord>().SingleAsync();
        Assert.Equal((false, expected.ToString(), (string?)null), (record.Accepted, record.Outcome, record.AcceptedRequestId));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "LicenceRequestRefused"));
    }

    [Fact]
    public async Task Register_TwoUploadsOfOneRequestAtOnce_ExactlyOneAccepted()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        var request = AppSuiteTestData.Request(vouchers: [AppSuiteDemo.UnusedVoucherCode]);
        await using var a = console.As(UserContext.Anonymous);
        await using var b = console.As(UserContext.Anonymous);
        var results = await Task.WhenAll(
            console.Get<RegistrationService>(a).RegisterAsync(request, "a", null),
            console.Get<RegistrationService>(b).RegisterAsync(request, "b", null));
        Assert.Single(results, r => r.Accepted);
        Assert.Single(results, r => r.Refusal is RegistrationRefusal.Replayed or RegistrationRefusal.VoucherUsed);
        await using var db = await console.SystemDbAsync();
        Assert.Equal(1, await db.Set<AppSuiteLicence>().CountAsync(l => l.Source == AppSuiteDemo.UnusedVoucherCode));
    }

    internal static async Task<string> BusinessSnapshotAsync(TestConsole console)
    {
        await using var db = await console.SystemDbAsync();
        var sites = await db.Set<AppSuiteSite>().OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.ResellerId}:{s.RegisteredAt}:{s.MachineFingerprint}:{s.Version}").ToListAsync();
        var licences = await db.Set<AppSuiteLicence>().CountAsync();
        var vouchers = await db.Set<AppSuiteVoucher>().OrderBy(v => v.Id).Select(v => $"{v.Id}:{v.SiteId}:{v.Version}").ToListAsync();
        var stocked = await db.Set<AppSuiteStockedSite>().OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.ClaimedAt}").ToListAsync();
        var mails = await db.Set<OutboxMail>().CountAsync();
        return string.Join("|", sites) + "#" + licences + "#" + string.Join("|", vouchers) + "#" + string.Join("|", stocked) + "#" + mails;
    }
}
