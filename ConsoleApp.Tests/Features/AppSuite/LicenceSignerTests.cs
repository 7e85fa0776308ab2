using System.Text;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Registration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class LicenceSignerTests : IDisposable
{
    private readonly string _keyPath = Path.Combine(Path.GetTempPath(), $"pc-key-{Guid.NewGuid():N}.pem");

    private LicenceSigner NewSigner() => new(Options.Create(new AppSuiteOptions { LicenceKeyPath = _keyPath }), NullLogger<LicenceSigner>.Instance);

    [Fact]
    public void Sign_RoundTrip_VerifiesWithPublicKeyAndReturnsPayload()
    {
        using var signer = NewSigner();
        var file = signer.Sign("{\"siteId\":18429}");
        Assert.True(LicenceSigner.Verify(file, signer.PublicKeyPem, out var payload));
        Assert.Equal("{\"siteId\":18429}", payload);
        Assert.StartsWith(LicenceSigner.Header + "\n", Encoding.UTF8.GetString(file));
    }

    [Fact]
    public void Verify_AnyByteChanged_Fails()
    {
        using var signer = NewSigner();
        var file = signer.Sign("{\"siteId\":18429,\"licences\":[{\"partNumber\":\"S1302776\",\"quantity\":12}],\"swasExpiry\":\"2027-05-02\"}");
        for (var i = 0; i < file.Length; i++)
        {
            foreach (var flip in new byte[] { 0x01, 0x20, 0x80 })
            {
                var changed = (byte[])file.Clone();
                changed[i] ^= flip;
                Assert.False(LicenceSigner.Verify(changed, signer.PublicKeyPem, out _), $"byte {i} xor {flip:x2} still verified");
            }
        }
        Assert.False(LicenceSigner.Verify([.. file, (byte)'\n'], signer.PublicKeyPem, out _));
        Assert.False(LicenceSigner.Verify(file[..^1], signer.PublicKeyPem, out _));
    }

    [Fact]
    public void Key_CreatedOnce_SameKeyAfterRestart()
    {
        string first;
        using (var signer = NewSigner()) first = signer.PublicKeyPem;
        using var again = NewSigner();
        Assert.Equal(first, again.PublicKeyPem);
        Assert.Contains("BEGIN PRIVATE KEY", File.ReadAllText(_keyPath));
    }

    [Fact]
    public void Verify_OtherKey_Fails()
    {
        using var signer = NewSigner();
        using var other = new LicenceSigner(Options.Create(new AppSuiteOptions { LicenceKeyPath = _keyPath + ".other" }), NullLogger<LicenceSigner>.Instance);
        Assert.False(LicenceSigner.Verify(signer.Sign("{}"), other.PublicKeyPem, out _));
        File.Delete(_keyPath + ".other");
    }

    public void Dispose() => File.Delete(_keyPath);
}
