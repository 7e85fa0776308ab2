using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;

namespace ConsoleApp.Components.Platform.Tenancy;

public interface ICurrentUser
{
    Task<UserContext> GetAsync();
}

/// <summary>
/// The signed-in user of this circuit or request. In a circuit the authentication state provider is the
/// source of truth; plain HTTP endpoints (CSV downloads, sign-out) have no circuit, so fall back to HttpContext.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authState, IHttpContextAccessor http) : ICurrentUser
{
    public async Task<UserContext> GetAsync()
    {
        ClaimsPrincipal principal;
        try
        {
            principal = (await authState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            principal = http.HttpContext?.User ?? new ClaimsPrincipal();
        }
        return FromPrincipal(principal);
    }

    public static UserContext FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return UserContext.Anonymous;
        static int? Int(ClaimsPrincipal p, string type) => int.TryParse(p.FindFirstValue(type), out var v) ? v : null;
        return new UserContext(
            principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            principal.FindFirstValue(ClaimTypes.Email) ?? principal.Identity.Name ?? "",
            principal.FindFirstValue(ConsoleClaims.DisplayName) ?? principal.Identity.Name ?? "",
            principal.FindFirstValue(ClaimTypes.Role) ?? "",
            Int(principal, ConsoleClaims.PartnerId),
            Int(principal, ConsoleClaims.AccountId),
            Int(principal, ConsoleClaims.ResellerId),
            Int(principal, ConsoleClaims.CompanyId));
    }
}

/// <summary>A fixed user, for background jobs, API endpoints acting for a tenant, and tests.</summary>
public sealed class FixedCurrentUser(UserContext user) : ICurrentUser
{
    public Task<UserContext> GetAsync() => Task.FromResult(user);
}
