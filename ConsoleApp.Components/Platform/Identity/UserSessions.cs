using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>
/// Ends a user's sessions by changing their security stamp: every cookie issued before is refused on its next
/// request (stamps are validated on every request) and open circuits go to sign-in at their next revalidation.
/// Only UserManager APIs, so it works over any Identity user store.
/// </summary>
public sealed class UserSessions(UserManager<ConsoleUser> users, ILogger<UserSessions> logger)
{
    /// <summary>The lockout end an administrator's lock sets: far enough to mean "until unlocked".</summary>
    public static readonly DateTimeOffset LockedIndefinitely = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<bool> EndAllAsync(string userId, string reason)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return false;
        var result = await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("Sessions of user {UserId} ended ({Reason})", userId, reason);
        return result.Succeeded;
    }

    /// <summary>An administrator's lock: no sign-in until unlocked, and current sessions end.</summary>
    public async Task<bool> LockAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return false;
        await users.SetLockoutEnabledAsync(user, true);
        var locked = await users.SetLockoutEndDateAsync(user, LockedIndefinitely);
        if (!locked.Succeeded) return false;
        return await EndAllAsync(userId, "locked");
    }

    /// <summary>Changes the password; Identity changes the stamp with it, so other sessions end.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(string userId, string currentPassword, string newPassword)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return IdentityResult.Failed(new IdentityErrorDescriber().DefaultError());
        return await users.ChangePasswordAsync(user, currentPassword, newPassword);
    }
}
