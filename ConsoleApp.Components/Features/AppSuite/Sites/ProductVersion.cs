using System.Globalization;
using System.Text.RegularExpressions;

namespace ConsoleApp.Components.Features.AppSuite.Sites;

/// <summary>An App Suite version "major.minor". From 5.0 vouchers are redeemed in the software itself.</summary>
public readonly partial record struct ProductVersion(int Major, int Minor) : IComparable<ProductVersion>
{
    public static readonly ProductVersion VoucherRedemptionInSoftware = new(5, 0);

    /// <summary>The versions a site can be licensed for, newest last (the Sites filter offers these).</summary>
    public static IReadOnlyList<string> Known { get; } = ["4.0", "4.1", "4.2", "4.3", "5.0", "5.1"];

    public bool RedeemsVouchersInSoftware => CompareTo(VoucherRedemptionInSoftware) >= 0;

    public static bool TryParse(string? text, out ProductVersion version)
    {
        version = default;
        if (text is null || !Pattern().IsMatch(text)) return false;
        var parts = text.Split('.');
        version = new ProductVersion(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        return true;
    }

    public static ProductVersion Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"'{text}' is not a product version.");

    public int CompareTo(ProductVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(ProductVersion a, ProductVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(ProductVersion a, ProductVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(ProductVersion a, ProductVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ProductVersion a, ProductVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Major}.{Minor}";

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\z")]
    private static partial Regex Pattern();
}
