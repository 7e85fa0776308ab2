using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>Who may use device ordering: employees and managers of a company (managers can order too).</summary>
internal static class DeviceAccess
{
    public static int CompanyOf(UserContext user)
    {
        if (!user.IsInRole(Roles.Employee, Roles.Manager) || user.CompanyId is not { } companyId)
            throw new AccessDeniedException("Device ordering is for employees and managers of a company.");
        return companyId;
    }

    public static int ManagerCompanyOf(UserContext user)
    {
        var companyId = CompanyOf(user);
        user.RequireRole("Only managers can approve device orders.", Roles.Manager);
        return companyId;
    }
}
