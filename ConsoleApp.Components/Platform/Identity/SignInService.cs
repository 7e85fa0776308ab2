using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Identity;

public enum SignInOutcome { Succeeded, Failed, LockedOut }

/// <summary>Password sign-in with lockout, recorded in the audit trail (sign-ins are security events). Unknown
/// e-mails, wrong passwords and locked accounts take the same time and get the same words on the page.</summary>
public sealed class SignInService(
    SignInManager<ConsoleUser> signIn,
    UserManager<ConsoleUser> users,
    IPasswordHasher<ConsoleUser> hasher,
    UnknownUserHash unknownUserHash,
    IDbContextFactory<ConsoleDbContext> factory,
    ILogger<SignInService> logger)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // As slow as checking a real password, so the answer's timing does not reveal unknown addresses.
            unknownUserHash.Verify(hasher, password);
            logger.LogWarning("Sign-in for unknown e-mail {Email}", email);
            return SignInOutcome.Failed;
        }
        var lockedBefore = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        // Identity answers a locked account without hashing; hash anyway so a lockout is not visible in the timing.
        if (lockedBefore) unknownUserHash.Verify(hasher, password);
        var outcome = result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        // Lockout is reported on the attempt that trips it and every attempt after, right password or not.
        await RecordAsync(user, outcome switch
        {
            SignInOutcome.Succeeded => "SignIn",
            SignInOutcome.LockedOut => "SignInLockedOut",
            _ => "SignInFailed",
        }, ct);
        logger.LogInformation("Sign-in {Outcome} for {Email}", outcome, user.Email);
        return outcome;
    }

    /// <summary>Signs out and ends every session of the user: a new security stamp makes copies of the cookie
    /// (another tab, a saved or stolen cookie) fail their next stamp check.</summary>
    public async Task SignOutAsync(UserContext user, CancellationToken ct = default)
    {
        await signIn.SignOutAsync();
        if (!user.IsAuthenticated) return;
        var stored = await users.FindByIdAsync(user.UserId);
        if (stored is null) return;
        await users.UpdateSecurityStampAsync(stored);
        await RecordAsync(stored, "SignOut", ct);
    }

    private async Task RecordAsync(ConsoleUser user, string action, CancellationToken ct)
    {
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        var actor = new UserContext(user.Id, user.Email ?? "", user.DisplayName, role, user.PartnerId, user.AccountId, user.ResellerId, user.CompanyId);
        await using var db = await factory.CreateDbContextAsync(ct);
        AuditLog.Record(db, actor, "User", user.Id, action);
        await db.SaveChangesAsync(ct); // the audit writer publishes the entry (dashboard sign-ins, audit page)
    }
}
