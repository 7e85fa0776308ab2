using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Platform.Errors;

/// <summary>The one style of access check in services: <c>user.Require(user.IsPartnerUser, "Only partner users can …")</c>
/// or <c>user.RequireRole("…", Roles.PartnerAdmin)</c>. The message says who may, in the user's words.</summary>
public static class AccessGuard
{
    public static UserContext Require(this UserContext user, bool allowed, string message) =>
        allowed ? user : throw new AccessDeniedException(message);

    public static UserContext RequireRole(this UserContext user, string message, params string[] roles) =>
        user.Require(user.IsInRole(roles), message);
}
