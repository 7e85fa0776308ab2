using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>What the device pages share: the tenant their live changes are published for.</summary>
public static class DeviceUi
{
    /// <summary>Device changes are published for the user's company; a user without one watches nothing.</summary>
    public static Tenant TenantOf(UserContext user) => user.CompanyId is { } c ? Tenant.Company(c) : Tenant.None;
}
