using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.AppSuite;

/// <summary>Who may use the signed-in part of the portal: reseller users, acting for their own reseller only.</summary>
internal static class AppSuiteAccess
{
    public static int RequireReseller(UserContext user) =>
        user.IsInRole(Roles.ResellerAdmin, Roles.ResellerUser) && user.ResellerId is { } id
            ? id
            : throw new AccessDeniedException("The App Suite portal is for reseller users.");

    public static int RequireResellerAdmin(UserContext user)
    {
        var id = RequireReseller(user);
        return user.IsInRole(Roles.ResellerAdmin) ? id : throw new AccessDeniedException("Only a portal Admin user can create, edit or delete users.");
    }

    /// <summary>A LIKE pattern matching <paramref name="term"/> anywhere, with its wildcards taken literally.</summary>
    public static string Contains(string term) =>
        "%" + term.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
