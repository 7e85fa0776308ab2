using System.Text.Json;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Platform.Security;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.AppSuite;

/// <summary>An anonymous upload must prove its right to a site, cannot probe which sites exist, and is rate limited.</summary>
public sealed class AnonymousRegistrationTests
{
    private const string NewMachine = "0000111122223333-4444555566667777";

    [Fact]
    public async Task Register_OtherResellersSiteAnonymouslyFromNewMachine_RefusedAndOnlyAudited()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        var before = await RegistrationServiceTests.BusinessSnapshotAsync(console);
        await using var scope = console.As(UserContext.Anonymous);

        var result = await console.Get<RegistrationService>(scope).RegisterAsync(
            AppSuiteTestData.Request(siteId: AppSuiteDemo.OtherResellerSiteId, version: "4.3", fingerprint: NewMachine), "r.json", null);

        Assert.False(result.Accepted);
        Assert.Null(result.LicenceFile);
        Assert.Equal(RegistrationRefusal.ProofRequired, result.Refusal);
        Assert.Equal(RegistrationService.ProofRequiredMessage, result.Message);
        Assert.Contains("sign in", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("contact support", result.Message);
        Assert.Equal(before, await RegistrationServiceTests.BusinessSnapshotAsync(console));
        await using var db = await console.SystemDbAsync();
        Assert.False(await db.Set<LicenceRequestRecord>().AnyAsync());
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "LicenceRequestRefused");
        Assert.Contains("OtherMachine", audit.NewValues);
        Assert.Equal($"reseller:{AppSuiteDemoResellers.Other}", audit.TenantKey);
    }

    [Fact]
    public async Task Register_AnonymousProbes_AllGetTheSameMessage()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        var service = console.Get<RegistrationService>(scope);

        var unknown = await service.RegisterAsync(AppSuiteTestData.Request(siteId: 99999, fingerprint: NewMachine), "r.json", null);
        var stocked = await service.RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.StockedSiteId, fingerprint: NewMachine), "r.json", null);
        var others = await service.RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.OtherResellerSiteId, version: "4.3", fingerprint: NewMachine), "r.json", null);
        var othersWithMyId = await service.RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.OtherResellerSiteId, version: "4.3", fingerprint: NewMachine), "r.json", "104233");
        var unknownReseller = await service.RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.StockedSiteId, fingerprint: NewMachine), "r.json", "999999");
        var unknownWithMyId = await service.RegisterAsync(AppSuiteTestData.Request(siteId: 99999, fingerprint: NewMachine), "r.json", "104233");

        var all = new[] { unknown, stocked, others, othersWithMyId, unknownReseller, unknownWithMyId };
        Assert.All(all, r => Assert.Equal((false, RegistrationRefusal.ProofRequired, RegistrationService.ProofRequiredMessage), (r.Accepted, r.Refusal, r.Message)));
    }

    [Fact]
    public async Task Register_OwnSiteAnonymouslyFromNewMachineWithOwnersResellerId_Accepted()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        var service = console.Get<RegistrationService>(scope);
        var request = AppSuiteTestData.Request(fingerprint: NewMachine);

        Assert.Equal(RegistrationRefusal.ProofRequired, (await service.RegisterAsync(request, "r.json", null)).Refusal);
        var accepted = await service.RegisterAsync(request, "r.json", "104233");

        Assert.True(accepted.Accepted, accepted.Message);
        await using var db = await console.SystemDbAsync();
        Assert.Equal(NewMachine, (await db.Set<AppSuiteSite>().SingleAsync(s => s.Id == AppSuiteDemo.SampleSiteId)).MachineFingerprint);
    }

    [Fact]
    public async Task Register_UsedVoucherAnonymously_DoesNotSayWhereItWasUsed()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        string usedCode; int usedAt;
        await using (var db = await console.SystemDbAsync())
        {
            var used = await db.Set<Components.Features.AppSuite.Vouchers.AppSuiteVoucher>().Where(v => v.ResellerId == 1 && v.SiteId != null).FirstAsync();
            (usedCode, usedAt) = (used.Code, used.SiteId!.Value);
        }
        await using var scope = console.As(UserContext.Anonymous);
        var service = console.Get<RegistrationService>(scope);

        var used1 = await service.RegisterAsync(AppSuiteTestData.Request(vouchers: [usedCode]), "r.json", null);
        var unknown = await service.RegisterAsync(AppSuiteTestData.Request(vouchers: ["ZZZZ-ZZZZ-ZZZZ"]), "r.json", null);
        var other = await service.RegisterAsync(AppSuiteTestData.Request(vouchers: [AppSuiteDemo.OtherResellerVoucherCode]), "r.json", null);

        Assert.Equal(RegistrationRefusal.VoucherUsed, used1.Refusal);
        Assert.DoesNotContain(usedAt.ToString(), used1.Message);
        Assert.Equal(unknown.Message.Replace("ZZZZ-ZZZZ-ZZZZ", "X"), other.Message.Replace(AppSuiteDemo.OtherResellerVoucherCode, "X"));
        Assert.DoesNotContain("another reseller", other.Message);
    }

    [Fact]
    public async Task Register_AnonymousUploadsOverTheLimit_RefusedPerClientAddress()
    {
        await using var console = await TestConsole.StartAsync(settings: new()
        {
            ["AppSuite:LicenceKeyPath"] = Path.Combine(Path.GetTempPath(), $"pc-key-{Guid.NewGuid():N}.pem"),
            ["RateLimits:AnonymousUploadsPerWindow"] = "3",
            ["RateLimits:AnonymousUploadWindowSeconds"] = "600",
        });
        async Task<RegistrationResult> UploadAsync(UserContext user, string client)
        {
            await using var scope = console.As(user);
            console.Get<ClientAddress>(scope).Set(client);
            return await console.Get<RegistrationService>(scope).RegisterAsync("not json"u8.ToArray(), "r.json", null);
        }

        var results = new List<RegistrationResult>();
        for (var i = 0; i < 4; i++) results.Add(await UploadAsync(UserContext.Anonymous, "203.0.113.7"));

        Assert.All(results.Take(3), r => Assert.Equal(RegistrationRefusal.NotTheFormat, r.Refusal));
        Assert.Equal((RegistrationRefusal.RateLimited, AnonymousUploadLimiter.Message), (results[3].Refusal, results[3].Message));
        Assert.Equal(RegistrationRefusal.NotTheFormat, (await UploadAsync(UserContext.Anonymous, "203.0.113.8")).Refusal);
        Assert.Equal(RegistrationRefusal.NotTheFormat, (await UploadAsync(TestUsers.ResellerUser, "203.0.113.7")).Refusal);
        await using var db = await console.SystemDbAsync();
        Assert.Equal(5, await db.Set<LicenceRequestRecord>().CountAsync());
    }
}

internal static class AppSuiteDemoResellers
{
    public const int Other = Components.Platform.Seeding.DemoData.OtherResellerId;
}
