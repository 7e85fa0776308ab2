using System.Net;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>Security headers on every kind of response; database and licence key readable by the owner only.</summary>
public sealed class HeadersAndFilesTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/healthz")]
    [InlineData("/appsuite/register")]
    [InlineData("/api/partners/1/orders")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesNosniffReferrerPolicyAndFrameAncestors(string path)
    {
        var response = await host.Client.GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task DatabaseAndLicenceKey_OwnerReadWriteOnly()
    {
        // The key is made on first use: fetching the public key creates it.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/appsuite/licence-public-key.pem")).StatusCode);
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(host.Root, "console.db")));
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(host.Root, "licence-key.pem")));
    }
}
