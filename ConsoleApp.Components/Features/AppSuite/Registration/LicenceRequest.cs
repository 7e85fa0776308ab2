using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ConsoleApp.Components.Features.AppSuite.Sites;

namespace ConsoleApp.Components.Features.AppSuite.Registration;

/// <summary>A licence request as Communication Service writes it (format documented in docs/appsuite-licence-request.md).</summary>
public sealed record LicenceRequest(
    Guid RequestId,
    int SiteId,
    ProductVersion ProductVersion,
    string MachineFingerprint,
    IReadOnlyList<string> VoucherCodes,
    DateTimeOffset CreatedAt);

public sealed record LicenceRequestParseResult(LicenceRequest? Request, string? Error)
{
    public bool Ok => Request is not null;
}

/// <summary>
/// Reads a licence request file. Pure and total: any input gives either a request or a message saying what is wrong,
/// never an exception (the fuzz test holds it to that).
/// </summary>
public static partial class LicenceRequestParser
{
    public const string Format = "mivo-appsuite-licence-request";
    public const int FormatVersion = 1;
    public const int MaxVouchers = 50;

    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 4,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static LicenceRequestParseResult Parse(ReadOnlySpan<byte> content, DateTimeOffset now)
    {
        if (content.IsEmpty) return Fail("The file is empty.");
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];

        RequestDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<RequestDto>(content, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1})" : "";
            return Fail($"This is not a licence request file: it is not valid request JSON{where}.");
        }
        if (dto is null) return Fail("This is not a licence request file.");
        if (dto.Format != Format) return Fail($"This is not a licence request file: \"format\" must be \"{Format}\".");
        if (dto.FormatVersion != FormatVersion)
            return Fail($"Licence request format version {dto.FormatVersion?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"} is not supported; this portal reads version {FormatVersion}.");
        if (dto.RequestId is null || !Guid.TryParseExact(dto.RequestId, "D", out var requestId) || requestId == Guid.Empty)
            return Fail("The request id is missing or not a GUID.");
        if (dto.SiteId is not (>= 1 and <= 99_999_999)) return Fail("The site id is missing or not a site id (1 to 99999999).");
        if (!ProductVersion.TryParse(dto.ProductVersion, out var version)) return Fail("The product version is missing or not in the form 5.0.");
        if (dto.MachineFingerprint is null || !Fingerprint().IsMatch(dto.MachineFingerprint))
            return Fail("The machine fingerprint is missing or malformed (16 to 128 letters, digits, '-' or ':').");
        var vouchers = dto.Vouchers ?? [];
        if (vouchers.Length > MaxVouchers) return Fail($"A request can redeem at most {MaxVouchers} vouchers.");
        foreach (var code in vouchers)
            if (code is null || !VoucherCode().IsMatch(code)) return Fail($"'{Shorten(code)}' is not a voucher code (form ABCD-EFGH-JKLM).");
        if (vouchers.Distinct(StringComparer.Ordinal).Count() != vouchers.Length) return Fail("A voucher code is listed twice.");
        if (dto.CreatedAt is null || !DateTimeOffset.TryParseExact(dto.CreatedAt, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var createdAt))
            return Fail("The creation time is missing or not UTC in the form 2026-11-20T10:15:00Z.");
        if (createdAt > now.AddDays(1)) return Fail("The request was created in the future; check the clock of the Communication Service computer.");

        return new LicenceRequestParseResult(new LicenceRequest(requestId, dto.SiteId.Value, version, dto.MachineFingerprint,
            vouchers.Select(v => v!).ToList(), createdAt), null);
    }

    public static bool IsVoucherCode(string? text) => text is not null && VoucherCode().IsMatch(text);

    private static LicenceRequestParseResult Fail(string message) => new(null, message);

    private static string Shorten(string? text) => text is null ? "null" : text.Length > 20 ? text[..20] + "…" : text;

    [GeneratedRegex(@"^[A-Za-z0-9:\-]{16,128}\z")]
    private static partial Regex Fingerprint();

    [GeneratedRegex(@"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\z")]
    private static partial Regex VoucherCode();

    private sealed class RequestDto
    {
        public string? Format { get; set; }
        public int? FormatVersion { get; set; }
        public string? RequestId { get; set; }
        public int? SiteId { get; set; }
        public string? ProductVersion { get; set; }
        public string? MachineFingerprint { get; set; }
        public string?[]? Vouchers { get; set; }
        public string? CreatedAt { get; set; }
    }
}
