using System.Net.Mail;
using System.Text.RegularExpressions;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>What a user may type into the customer information panel.</summary>
public sealed record CustomerInfoInput(
    string Name, string Country, string ProvinceState, string Address, string City, string PostalCode,
    string DefaultLanguage, string BusinessType);

public sealed record SupportContactInput(string Name, string Email, string Phone);

public sealed record Choice(string Code, string Name);

/// <summary>
/// Validation and normalization of customer information and support contacts. Pure, so the page can check as the
/// user types and the service checks again before writing. Postal codes are checked for the countries listed here;
/// they are stored in their canonical form (upper case, standard spacing).
/// </summary>
public static partial class CustomerInfoRules
{
    public static IReadOnlyList<Choice> Countries { get; } =
    [
        new("CA", "Canada"), new("FR", "France"), new("DE", "Germany"), new("NL", "Netherlands"),
        new("GB", "United Kingdom"), new("US", "United States"),
    ];

    public static IReadOnlyList<Choice> Languages { get; } =
    [
        new("en", "English"), new("fr", "French"), new("de", "German"), new("nl", "Dutch"), new("es", "Spanish"),
    ];

    public static IReadOnlyList<string> BusinessTypes { get; } =
    [
        "Education", "Finance", "Government", "Healthcare", "Hospitality", "Logistics", "Manufacturing",
        "Professional services", "Retail", "Other",
    ];

    private static readonly HashSet<string> UsStates = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
        "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    };

    private static readonly HashSet<string> CaProvinces = new(StringComparer.Ordinal)
    {
        "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
    };

    public static string CountryName(string code) => Countries.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public static string PostalCodeExample(string country) => country switch
    {
        "US" => "12345 or 12345-6789",
        "CA" => "K1A 0B1",
        "GB" => "SW1A 1AA",
        "DE" or "FR" => "10115",
        "NL" => "1012 AB",
        _ => "",
    };

    /// <summary>Trims and canonicalizes the input; returns field errors (empty when valid).</summary>
    public static (CustomerInfoInput Normalized, Dictionary<string, string> Errors) Validate(CustomerInfoInput input)
    {
        var errors = new Dictionary<string, string>();
        var country = (input.Country ?? "").Trim().ToUpperInvariant();
        var normalized = new CustomerInfoInput(
            Clean(input.Name), country, Clean(input.ProvinceState), Clean(input.Address), Clean(input.City),
            NormalizePostalCode(country, input.PostalCode ?? ""), (input.DefaultLanguage ?? "").Trim(), (input.BusinessType ?? "").Trim());

        Require(errors, nameof(input.Name), normalized.Name, "Customer Name", 200);
        Require(errors, nameof(input.Address), normalized.Address, "Address", 200);
        Require(errors, nameof(input.City), normalized.City, "City", 100);
        if (Countries.All(c => c.Code != country))
            errors[nameof(input.Country)] = "Choose a country from the list.";
        if (Languages.All(l => l.Code != normalized.DefaultLanguage))
            errors[nameof(input.DefaultLanguage)] = "Choose a default language from the list.";
        if (!BusinessTypes.Contains(normalized.BusinessType))
            errors[nameof(input.BusinessType)] = "Choose a business type from the list.";

        var province = normalized.ProvinceState;
        if (country is "US" or "CA")
        {
            province = province.ToUpperInvariant();
            normalized = normalized with { ProvinceState = province };
            var known = country == "US" ? UsStates : CaProvinces;
            if (province.Length == 0)
                errors[nameof(input.ProvinceState)] = country == "US" ? "State is required for the United States." : "Province is required for Canada.";
            else if (!known.Contains(province))
                errors[nameof(input.ProvinceState)] = country == "US"
                    ? $"'{province}' is not a US state code; use the two-letter code, e.g. TX."
                    : $"'{province}' is not a Canadian province code; use the two-letter code, e.g. ON.";
        }
        else if (province.Length > 100)
        {
            errors[nameof(input.ProvinceState)] = "Province / State can be at most 100 characters.";
        }

        if (normalized.PostalCode.Length == 0)
            errors[nameof(input.PostalCode)] = "Postal / ZIP code is required.";
        else if (PostalPattern(country) is { } pattern && !pattern.IsMatch(normalized.PostalCode))
            errors[nameof(input.PostalCode)] = $"'{normalized.PostalCode}' is not a valid postal code for {CountryName(country)}, e.g. {PostalCodeExample(country)}.";
        return (normalized, errors);
    }

    public static (SupportContactInput Normalized, Dictionary<string, string> Errors) Validate(SupportContactInput input)
    {
        var errors = new Dictionary<string, string>();
        var normalized = new SupportContactInput(Clean(input.Name), (input.Email ?? "").Trim().ToLowerInvariant(), Clean(input.Phone));
        Require(errors, nameof(input.Name), normalized.Name, "Name", 200);
        if (normalized.Email.Length == 0)
            errors[nameof(input.Email)] = "E-mail is required.";
        else if (normalized.Email.Length > 254 || !MailAddress.TryCreate(normalized.Email, out var address) || address.Address != normalized.Email || !normalized.Email.Contains('.', StringComparison.Ordinal))
            errors[nameof(input.Email)] = $"'{normalized.Email}' is not an e-mail address.";
        if (normalized.Phone.Length > 0 && (!PhonePattern().IsMatch(normalized.Phone) || normalized.Phone.Count(char.IsAsciiDigit) is < 6 or > 20))
            errors[nameof(input.Phone)] = "Phone may contain digits, spaces, ( ) - and a leading +, with 6 to 20 digits.";
        return (normalized, errors);
    }

    public static string NormalizePostalCode(string country, string postalCode)
    {
        var code = WhitespaceRun().Replace(postalCode.Trim().ToUpperInvariant(), " ");
        var compact = code.Replace(" ", "", StringComparison.Ordinal);
        return country switch
        {
            "CA" when compact.Length == 6 => compact[..3] + " " + compact[3..],
            "GB" when compact.Length is >= 5 and <= 7 => compact[..^3] + " " + compact[^3..],
            "NL" when compact.Length == 6 => compact[..4] + " " + compact[4..],
            "DE" or "FR" => compact,
            _ => code,
        };
    }

    private static Regex? PostalPattern(string country) => country switch
    {
        "US" => UsZip(),
        "CA" => CaPostal(),
        "GB" => GbPostcode(),
        "DE" or "FR" => FiveDigits(),
        "NL" => NlPostcode(),
        _ => null,
    };

    private static string Clean(string? value) => WhitespaceRun().Replace((value ?? "").Trim(), " ");

    private static void Require(Dictionary<string, string> errors, string field, string value, string label, int max)
    {
        if (value.Length == 0) errors[field] = $"{label} is required.";
        else if (value.Length > max) errors[field] = $"{label} can be at most {max} characters.";
    }

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")] private static partial Regex UsZip();
    [GeneratedRegex(@"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$")] private static partial Regex CaPostal();
    [GeneratedRegex(@"^([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|GIR 0AA)$")] private static partial Regex GbPostcode();
    [GeneratedRegex(@"^\d{5}$")] private static partial Regex FiveDigits();
    [GeneratedRegex(@"^[1-9]\d{3} [A-Z]{2}$")] private static partial Regex NlPostcode();
    [GeneratedRegex(@"^\+?[\d\s()\-]{6,25}$")] private static partial Regex PhonePattern();
    [GeneratedRegex(@"\s+")] private static partial Regex WhitespaceRun();
}
