using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Security;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Tests.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class UploadHost : SecurityHost
{
    protected override IEnumerable<string> Settings => ["--RateLimits:AnonymousUploadsPerWindow=3", "--RateLimits:AnonymousUploadWindowSeconds=600"];
}

/// <summary>The anonymous upload endpoint: same proof rules as the page, problem answers, per-client 429.</summary>
public sealed class LicenceUploadEndpointTests(UploadHost host) : IClassFixture<UploadHost>
{
    private async Task<HttpResponseMessage> UploadAsync(byte[] body, string client, string? resellerId = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AppSuiteEndpoints.UploadPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add(SecurityHost.ClientHeader, client);
        if (resellerId is not null) request.Headers.Add(AppSuiteEndpoints.ResellerIdHeader, resellerId);
        return await host.Client.SendAsync(request);
    }

    private async Task<string?> FingerprintAsync(int siteId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        return (await db.Set<AppSuiteSite>().SingleAsync(s => s.Id == siteId)).MachineFingerprint;
    }

    [Fact]
    public async Task Upload_OtherResellersSiteFromNewMachine_422ProblemAndSiteUntouched()
    {
        var before = await FingerprintAsync(AppSuiteDemo.OtherResellerSiteId);
        var response = await UploadAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.OtherResellerSiteId, version: "4.3", fingerprint: "ABCDEF0123456789-ABCDEF0123456789"), "198.51.100.1");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(RegistrationService.ProofRequiredMessage, problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(before, await FingerprintAsync(AppSuiteDemo.OtherResellerSiteId));
    }

    [Fact]
    public async Task Upload_SameMachineAnonymously_ReturnsSignedLicence()
    {
        var response = await UploadAsync(AppSuiteTestData.Request(), "198.51.100.2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var signer = host.Services.GetRequiredService<LicenceSigner>();
        Assert.True(LicenceSigner.Verify(await response.Content.ReadAsByteArrayAsync(), signer.PublicKeyPem, out _));
    }

    [Fact]
    public async Task Upload_OverTheLimit_429ProblemWithRetryAfter_OtherClientsUnaffected()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = default!;
        for (var i = 0; i < 4; i++)
        {
            last = await UploadAsync("not json"u8.ToArray(), "198.51.100.3");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType!.MediaType);
        Assert.Contains(AnonymousUploadLimiter.Message, await last.Content.ReadAsStringAsync());
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await UploadAsync("not json"u8.ToArray(), "198.51.100.4")).StatusCode);
    }

    [Fact]
    public async Task Upload_SharesTheWindowWithThePage()
    {
        const string client = "198.51.100.5";
        var limiter = host.Services.GetRequiredService<AnonymousUploadLimiter>();
        for (var i = 0; i < 3; i++) Assert.True(limiter.TryAcquire(client)); // three uploads through the page's circuit
        Assert.Equal(HttpStatusCode.TooManyRequests, (await UploadAsync(AppSuiteTestData.Request(), client)).StatusCode);
    }

    [Fact]
    public async Task Upload_NotJson_415Problem()
    {
        var response = await UploadAsync(AppSuiteTestData.Request(), "198.51.100.6", contentType: "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
