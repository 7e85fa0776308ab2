using System.Text.RegularExpressions;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>The JSON body purchasing posts for a new order. Everything is nullable so a missing field is reported
/// as missing rather than silently defaulted.</summary>
public sealed record IngestOrderRequest
{
    public string? SapOrderId { get; init; }
    public string? ResellerPoNumber { get; init; }
    public string? ResellerSapId { get; init; }
    public string? CustomerPoNumber { get; init; }
    public string? TrackingNumber { get; init; }
    /// <summary>"MiTeamMeetings" or "MitelOne" (spaces and case ignored).</summary>
    public string? Product { get; init; }
    public int? Licenses { get; init; }
    /// <summary>Term in months (1..120); omitted (or null) for a perpetual order.</summary>
    public int? TermMonths { get; init; }
    public bool? Perpetual { get; init; }
    public DateTime? PurchasedAt { get; init; }
}

/// <summary>Field rules for <see cref="IngestOrderRequest"/>; keys are the JSON field names.</summary>
public static partial class IngestOrderValidator
{
    public const int MaxLicenses = 100_000;
    public const int MaxTermMonths = 120;

    public static Dictionary<string, string[]> Validate(IngestOrderRequest r, DateTime now)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];

        if (string.IsNullOrWhiteSpace(r.SapOrderId)) Add("sapOrderId", "The SAP order id is required.");
        else if (!SapId().IsMatch(r.SapOrderId.Trim())) Add("sapOrderId", "The SAP order id must be 1-32 letters, digits or - _ / .");
        if (string.IsNullOrWhiteSpace(r.TrackingNumber)) Add("trackingNumber", "The tracking number is required.");
        else if (r.TrackingNumber.Trim().Length > 64) Add("trackingNumber", "The tracking number is at most 64 characters.");
        foreach (var (field, value) in new[] { ("resellerPoNumber", r.ResellerPoNumber), ("resellerSapId", r.ResellerSapId), ("customerPoNumber", r.CustomerPoNumber) })
            if (value is not null && value.Trim().Length > 64) Add(field, "At most 64 characters.");
        if (string.IsNullOrWhiteSpace(r.Product)) Add("product", "The product is required: MiTeamMeetings or MitelOne.");
        else if (ParseProduct(r.Product) is null) Add("product", "Unknown product; use MiTeamMeetings or MitelOne.");
        if (r.Licenses is null) Add("licenses", "The number of licences is required.");
        else if (r.Licenses is < 1 or > MaxLicenses) Add("licenses", $"The number of licences must be between 1 and {MaxLicenses}.");
        var perpetual = r.Perpetual == true;
        // Strict: a perpetual order with any term (even 0) is contradictory, and guessing which one was meant is not ours.
        if (perpetual && r.TermMonths is not null) Add("termMonths", "A perpetual order has no term; omit termMonths or set perpetual to false.");
        else if (!perpetual && r.TermMonths is null) Add("termMonths", "The term in months is required unless the order is perpetual.");
        else if (!perpetual && r.TermMonths is < 1 or > MaxTermMonths) Add("termMonths", $"The term must be between 1 and {MaxTermMonths} months.");
        if (r.PurchasedAt is null) Add("purchasedAt", "The purchase date is required.");
        else if (ToUtc(r.PurchasedAt.Value) > now.AddDays(1)) Add("purchasedAt", "The purchase date cannot be in the future.");
        else if (r.PurchasedAt.Value.Year < 2000) Add("purchasedAt", "The purchase date is not plausible.");
        return errors;
    }

    public static OrderProduct? ParseProduct(string value) =>
        value.Replace(" ", "").Trim().ToLowerInvariant() switch
        {
            "miteammeetings" => OrderProduct.MiTeamMeetings,
            "mitelone" => OrderProduct.MitelOne,
            _ => null,
        };

    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    [GeneratedRegex(@"^[A-Za-z0-9\-_/.]{1,32}$")]
    private static partial Regex SapId();
}
