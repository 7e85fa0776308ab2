using System.Text.Json;
using ConsoleApp.Components.Features.AppSuite.Catalog;
using ConsoleApp.Components.Features.AppSuite.Sites;

namespace ConsoleApp.Components.Features.AppSuite.Registration;

/// <summary>The payload of a licence file: the site's licences and SWAS expiry, bound to the request and machine.</summary>
public static class LicenceDocument
{
    public const string Format = "mivo-appsuite-licence";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    public static IReadOnlyList<LicenceLineView> Lines(IEnumerable<AppSuiteLicence> licences, IReadOnlyDictionary<string, AppSuitePart> parts) =>
        licences.GroupBy(l => l.PartNumber)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LicenceLineView(g.Key,
                parts.TryGetValue(g.Key, out var p) ? p.Description : $"({g.Key})", g.Sum(l => l.Quantity)))
            .ToList();

    public static string Build(AppSuiteSite site, string resellerNumber, Guid requestId, string machineFingerprint,
        IReadOnlyList<LicenceLineView> lines, IReadOnlyList<string> redeemedVouchers, DateTime issuedAt) =>
        JsonSerializer.Serialize(new
        {
            format = Format,
            formatVersion = 1,
            requestId = requestId.ToString("D"),
            siteId = site.Id,
            siteName = site.Name,
            resellerNumber,
            productVersion = site.ProductVersion,
            machineFingerprint,
            issuedAt = issuedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            swasExpiry = site.SwasExpiry?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            licences = lines.Select(l => new { partNumber = l.PartNumber, description = l.Description, quantity = l.Quantity }),
            redeemedVouchers,
        }, Json);
}
