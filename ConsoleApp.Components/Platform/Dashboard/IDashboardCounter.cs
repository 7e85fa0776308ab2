using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Platform.Dashboard;

/// <summary>
/// A live number on the dashboard. Each feature registers its own counters; the dashboard shows those the
/// user may see and recounts one whenever its <see cref="Topic"/> is published for the user's tenant.
/// </summary>
public interface IDashboardCounter
{
    string Area { get; }
    string Title { get; }
    LiveTopic Topic { get; }
    /// <summary>Where clicking the counter leads, e.g. "/orders?view=unassigned".</summary>
    string Link { get; }
    bool IsVisibleTo(UserContext user);
    /// <summary>The tenant whose changes this counter follows for <paramref name="user"/>.</summary>
    Tenant TenantFor(UserContext user) => user.PartnerTenant;
    Task<int> CountAsync(UserContext user, CancellationToken ct);
}
