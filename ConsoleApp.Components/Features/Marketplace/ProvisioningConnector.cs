using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>What the vendor is asked to do for one order item.</summary>
public sealed record ProvisioningRequest(
    int OrderId, int ItemId, Vendor Vendor, ChangeKind Kind, string ProductName, int Quantity,
    int LicencesAfter, string AdminEmail, string? TenantName);

/// <summary>The vendor's answer; <see cref="Message"/> is the vendor's own words when it refuses.</summary>
public sealed record ProvisioningResult(bool Succeeded, string? Message)
{
    public static readonly ProvisioningResult Ok = new(true, null);
    public static ProvisioningResult Refused(string message) => new(false, message);
}

/// <summary>The way to a marketplace vendor's provisioning API. One implementation ships: <see cref="SimulatedVendorConnector"/>.</summary>
public interface IProvisioningConnector
{
    Task<ProvisioningResult> ProvisionAsync(ProvisioningRequest request, CancellationToken ct);

    /// <summary>Asks the vendor to confirm the purchase of a provisioned order (activation and billing).</summary>
    Task ConfirmAsync(int orderId, CancellationToken ct);
}

public sealed class SimulatedVendorOptions
{
    public const string Section = "Marketplace:SimulatedVendor";

    /// <summary>How long the simulated vendor takes to answer a provisioning request.</summary>
    public int ProvisioningDelayMilliseconds { get; set; } = 2000;

    /// <summary>How long the simulated vendor takes to confirm a purchase.</summary>
    public int ConfirmationDelayMilliseconds { get; set; } = 1000;

    /// <summary>Admin e-mail domains the vendor refuses (with their subdomains).</summary>
    public List<string> RejectedEmailDomains { get; set; } = ["invalid.test"];

    /// <summary>The vendor's refusal for those, {0} being the address.</summary>
    public string RejectedEmailMessage { get; set; } = "Vendor error 4012: the admin e-mail address {0} is not accepted for this tenant.";

    /// <summary>The most licences one subscription may hold at the vendor.</summary>
    public int MaxLicencesPerSubscription { get; set; } = 500;
}

/// <summary>
/// A stand-in for real vendor APIs (Microsoft Partner Center and the like), named so nobody mistakes it for one:
/// it waits the configured delays and refuses by the configured rules, so the whole life cycle can be watched.
/// </summary>
public sealed class SimulatedVendorConnector(IOptionsMonitor<SimulatedVendorOptions> options) : IProvisioningConnector
{
    public async Task<ProvisioningResult> ProvisionAsync(ProvisioningRequest request, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (o.ProvisioningDelayMilliseconds > 0) await Task.Delay(o.ProvisioningDelayMilliseconds, ct);
        var domain = request.AdminEmail.Split('@').LastOrDefault() ?? "";
        if (o.RejectedEmailDomains.Any(d => string.Equals(d, domain, StringComparison.OrdinalIgnoreCase)
            || domain.EndsWith("." + d, StringComparison.OrdinalIgnoreCase)))
            return ProvisioningResult.Refused(string.Format(System.Globalization.CultureInfo.InvariantCulture, o.RejectedEmailMessage, request.AdminEmail));
        if (request.LicencesAfter > o.MaxLicencesPerSubscription)
            return ProvisioningResult.Refused($"Vendor error 3003: a {request.ProductName} subscription can hold at most {o.MaxLicencesPerSubscription} licences.");
        return ProvisioningResult.Ok;
    }

    public async Task ConfirmAsync(int orderId, CancellationToken ct)
    {
        var delay = options.CurrentValue.ConfirmationDelayMilliseconds;
        if (delay > 0) await Task.Delay(delay, ct);
    }
}

public sealed class ProvisioningOptions
{
    public const string Section = "Marketplace:Provisioning";

    /// <summary>How long a provisioned (or failed) order stays in Recent orders before the worker moves it on.</summary>
    public int DwellSeconds { get; set; } = 20;

    /// <summary>The longest the worker sleeps before looking for due orders again (it is also woken on submit).</summary>
    public int PollSeconds { get; set; } = 10;
}
