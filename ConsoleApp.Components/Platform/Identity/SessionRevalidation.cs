using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>"Console:SessionRevalidationSeconds": how often an open circuit re-checks its user (at most a minute).</summary>
public sealed class SessionSettings
{
    public int RevalidationSeconds { get; set; } = 30;
}

/// <summary>
/// The circuit's authentication state, re-checked every <see cref="SessionSettings.RevalidationSeconds"/>: when the
/// user is gone or their security stamp changed (signed out elsewhere, password changed, locked, role changed),
/// the circuit's user becomes anonymous and the router sends the tab to sign-in. A circuit keeps its principal for
/// its whole life otherwise, so a cookie check on each HTTP request alone would not reach open tabs.
/// </summary>
public sealed class ConsoleAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<SessionSettings> settings) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval =>
        TimeSpan.FromSeconds(Math.Clamp(settings.Value.RevalidationSeconds, 1, 60));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await SessionCheck.IsCurrentAsync(scope.ServiceProvider, authenticationState.User);
    }
}

/// <summary>Whether a principal still matches its user: the user exists, is not locked and has the same stamp.</summary>
public static class SessionCheck
{
    public static async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return true;
        var users = services.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user) && await IsLockedByAdminAsync(users, user)) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        return principal.FindFirstValue(stampType) == await users.GetSecurityStampAsync(user);
    }

    // A lock set by an administrator ends sessions; a temporary lockout from failed sign-ins does not (otherwise a
    // stranger guessing passwords could throw the real user out). Admin locks also change the stamp.
    private static async Task<bool> IsLockedByAdminAsync(UserManager<ConsoleUser> users, ConsoleUser user) =>
        await users.GetLockoutEndDateAsync(user) is { } end && end >= UserSessions.LockedIndefinitely;
}
