namespace ConsoleApp.Components.Features.Dashboard;

/// <summary>The <c>Dashboard</c> section of appsettings.json. The expiry window of "Needs attention" is the Orders
/// feature's own <c>Orders:ExpiringSoonDays</c>, so the list and the Expiring view always agree.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>A submitted marketplace order still with the vendor after this many minutes needs attention.</summary>
    public int ProvisioningThresholdMinutes { get; set; } = 60;

    /// <summary>A marketplace order whose provisioning failed stays on the list this many days after the failure.</summary>
    public int FailedProvisioningDays { get; set; } = 7;

    /// <summary>How many rows each part of "Needs attention" contributes at most (the list is a top-N, never a scan).</summary>
    public int AttentionRows { get; set; } = 10;

    public TimeSpan ProvisioningThreshold => TimeSpan.FromMinutes(Math.Max(1, ProvisioningThresholdMinutes));
    public TimeSpan FailedProvisioningWindow => TimeSpan.FromDays(Math.Max(1, FailedProvisioningDays));
}
