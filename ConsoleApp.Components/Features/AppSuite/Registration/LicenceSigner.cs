using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.AppSuite.Registration;

/// <summary>
/// Signs licence files with the portal's ECDSA P-256 key. The key is created once (PKCS#8 PEM at
/// <see cref="AppSuiteOptions.LicenceKeyPath"/>) and kept; its public half is published for Communication Service.
/// A licence file is three lines: the header, the payload JSON, and "SIGNATURE " + base64 of the IEEE P1363
/// signature (SHA-256) over the bytes of the first two lines including their line feeds.
/// </summary>
public sealed class LicenceSigner : IDisposable
{
    public const string Header = "MIVO-APPSUITE-LICENCE 1";
    private const string SignaturePrefix = "SIGNATURE ";

    private readonly Lazy<ECDsa> _key;

    public LicenceSigner(IOptions<AppSuiteOptions> options, ILogger<LicenceSigner> logger)
    {
        var path = options.Value.LicenceKeyPath;
        _key = new Lazy<ECDsa>(() => LoadOrCreate(path, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string PublicKeyPem => _key.Value.ExportSubjectPublicKeyInfoPem();

    public byte[] Sign(string payloadJson)
    {
        if (payloadJson.Contains('\n') || payloadJson.Contains('\r')) throw new ArgumentException("The payload must be one line.", nameof(payloadJson));
        var signed = Encoding.UTF8.GetBytes(Header + "\n" + payloadJson + "\n");
        var signature = _key.Value.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return [.. signed, .. Encoding.UTF8.GetBytes(SignaturePrefix + Convert.ToBase64String(signature) + "\n")];
    }

    /// <summary>What Communication Service does offline: true only for an unaltered file signed by the key of
    /// <paramref name="publicKeyPem"/>. The file must be exactly in canonical form, so no byte can change unnoticed.</summary>
    public static bool Verify(byte[] file, string publicKeyPem, out string? payloadJson)
    {
        payloadJson = null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var lines = text.Split('\n');
        if (lines.Length != 4 || lines[0] != Header || lines[3].Length != 0 || !lines[2].StartsWith(SignaturePrefix, StringComparison.Ordinal))
            return false;
        var base64 = lines[2][SignaturePrefix.Length..];
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return false;
        }
        // Base64 decoders ignore some bits and whitespace; insisting on the canonical text closes that gap.
        if (Convert.ToBase64String(signature) != base64) return false;
        var signedLength = Encoding.UTF8.GetByteCount(lines[0] + "\n" + lines[1] + "\n");
        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        if (!key.VerifyData(file.AsSpan(0, signedLength), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            return false;
        payloadJson = lines[1];
        return true;
    }

    private static ECDsa LoadOrCreate(string path, ILogger logger)
    {
        var key = ECDsa.Create();
        if (!File.Exists(path))
        {
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            // Created 0600 from the first byte: a chmod after writing would leave a moment where others can read it.
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var writer = new StreamWriter(temp, System.Text.Encoding.ASCII, create))
                writer.Write(fresh.ExportPkcs8PrivateKeyPem());
            try
            {
                // Another process may have created the key meanwhile: the first one wins and everyone uses it.
                File.Move(temp, path, overwrite: false);
                logger.LogInformation("Created the App Suite licence signing key at {Path}", path);
            }
            catch (IOException)
            {
                File.Delete(temp);
            }
        }
        key.ImportFromPem(File.ReadAllText(path));
        if (key.KeySize != 256) throw new InvalidOperationException($"The licence key at {path} is not an ECDSA P-256 key.");
        return key;
    }

    public void Dispose()
    {
        if (_key.IsValueCreated) _key.Value.Dispose();
    }
}
