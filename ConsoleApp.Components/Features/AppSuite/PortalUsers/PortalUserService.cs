using ConsoleApp.Components.Platform.Errors;
using System.Net.Mail;
using System.Security.Cryptography;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.AppSuite.PortalUsers;

public sealed record PortalUserInput(string Name, string Email, string? Phone, string? JobTitle, bool IsAdmin, bool IsMainContact,
    bool SalesEmails, bool TechnicalEmails, bool SwasAlerts);

public sealed record PortalUserCreated(PortalUser User, string TemporaryPassword);

/// <summary>
/// The reseller's portal users. Anyone of the reseller may read them; only an Admin creates, edits or deletes.
/// Rules: exactly one main contact (choosing a new one moves the flag; the main contact cannot be deleted or
/// un-flagged directly); at least one Admin remains; nobody deletes themselves. Each user has a console sign-in
/// whose role follows the Admin flag.
/// </summary>
public sealed class PortalUserService(ConsoleDb consoleDb, IChangeNotifier notifier, IPasswordHasher<ConsoleUser> hasher, TimeProvider clock)
{
    public async Task<IReadOnlyList<PortalUser>> ListAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.Set<PortalUser>().AsNoTracking().OrderByDescending(u => u.IsMainContact).ThenBy(u => u.Name).ToListAsync(ct);
    }

    public async Task<AppSuiteResellerSettings> SettingsAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var resellerId = AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.Set<AppSuiteResellerSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new AppSuiteResellerSettings { ResellerId = resellerId };
    }

    public async Task<PortalUserCreated> CreateAsync(PortalUserInput input, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var resellerId = AppSuiteAccess.RequireResellerAdmin(user);
        Validate(input);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var normalized = input.Email.Trim().ToUpperInvariant();
        if (await db.Set<ConsoleUser>().AnyAsync(u => u.NormalizedEmail == normalized, ct))
            throw new ValidationFailedException($"{input.Email.Trim()} already has a sign-in.", new Dictionary<string, string> { ["Email"] = "Already in use." });
        var hasMain = await db.Set<PortalUser>().AnyAsync(u => u.IsMainContact, ct);

        var password = TemporaryPassword();
        var account = ConsoleUser.Create(input.Email.Trim(), input.Name.Trim(), clock.GetUtcNow().UtcDateTime);
        account.ResellerId = resellerId;
        account.PasswordHash = hasher.HashPassword(account, password);
        var portalUser = new PortalUser { ResellerId = resellerId, ConsoleUserId = account.Id, Name = "", Email = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(portalUser, input with { IsMainContact = input.IsMainContact || !hasMain });

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (portalUser.IsMainContact) await ClearMainContactAsync(db, ct);
        db.Add(account);
        await db.SetRoleAsync(account.Id, RoleFor(input.IsAdmin), ct);
        db.Add(portalUser);
        await db.SaveChangesAsync(ct);
        AuditLog.Record(db, user, "AppSuitePortalUser", portalUser.Id, "PortalUserCreated", null, Snapshot(portalUser));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Publish(AppSuiteTopics.Users, portalUser.Id, Tenant.Reseller(resellerId), "created");
        return new PortalUserCreated(portalUser, password);
    }

    public async Task<PortalUser> UpdateAsync(int id, Guid version, PortalUserInput input, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var resellerId = AppSuiteAccess.RequireResellerAdmin(user);
        Validate(input);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var portalUser = await db.Set<PortalUser>().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("That user no longer exists.");
        if (portalUser.Version != version) throw new ConcurrencyConflictException($"{portalUser.Name} was changed by someone else; reload and try again.");
        if (portalUser.IsMainContact && !input.IsMainContact)
            throw new ValidationFailedException("There must always be a main contact: make another user the main contact instead.");
        if (portalUser.IsAdmin && !input.IsAdmin && !await db.Set<PortalUser>().AnyAsync(u => u.IsAdmin && u.Id != id, ct))
            throw new ValidationFailedException("The reseller needs at least one Admin user.");
        var normalized = input.Email.Trim().ToUpperInvariant();
        if (await db.Set<ConsoleUser>().AnyAsync(u => u.NormalizedEmail == normalized && u.Id != portalUser.ConsoleUserId, ct))
            throw new ValidationFailedException($"{input.Email.Trim()} already has a sign-in.", new Dictionary<string, string> { ["Email"] = "Already in use." });
        var account = await db.Set<ConsoleUser>().FirstAsync(u => u.Id == portalUser.ConsoleUserId, ct);

        var before = Snapshot(portalUser);
        var becomesMain = input.IsMainContact && !portalUser.IsMainContact;
        Apply(portalUser, input);
        var roleChanged = await db.RoleOfAsync(account.Id, ct) != RoleFor(portalUser.IsAdmin);
        var emailChanged = account.NormalizedEmail != normalized;
        account.ChangeEmail(portalUser.Email);
        account.DisplayName = portalUser.Name;
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        // Losing (or gaining) Admin, or a new sign-in name, ends the user's sessions: a new stamp fails the cookie's
        // next check and the open circuits' next revalidation, so nobody keeps acting with a role they no longer have.
        if (roleChanged || emailChanged) account.SecurityStamp = Guid.NewGuid().ToString("N");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SetRoleAsync(account.Id, RoleFor(portalUser.IsAdmin), ct);
        if (becomesMain) await ClearMainContactAsync(db, ct);
        AuditLog.Record(db, user, "AppSuitePortalUser", portalUser.Id, "PortalUserUpdated", before, Snapshot(portalUser));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"{portalUser.Name} was changed by someone else; reload and try again.");
        }
        await tx.CommitAsync(ct);
        notifier.Publish(AppSuiteTopics.Users, portalUser.Id, Tenant.Reseller(resellerId), "updated");
        return portalUser;
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var resellerId = AppSuiteAccess.RequireResellerAdmin(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var portalUser = await db.Set<PortalUser>().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("That user no longer exists.");
        if (portalUser.ConsoleUserId == user.UserId) throw new ValidationFailedException("You cannot delete your own user.");
        if (portalUser.IsMainContact) throw new ValidationFailedException($"{portalUser.Name} is the main contact: make another user the main contact first.");
        var account = await db.Set<ConsoleUser>().FirstOrDefaultAsync(u => u.Id == portalUser.ConsoleUserId, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Remove(portalUser);
        // Deleting the portal user removes the sign-in too, so the person can no longer reach the portal.
        if (account is not null) db.Remove(account);
        AuditLog.Record(db, user, "AppSuitePortalUser", portalUser.Id, "PortalUserDeleted", Snapshot(portalUser));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"{portalUser.Name} was changed or deleted by someone else; reload and try again.");
        }
        await tx.CommitAsync(ct);
        notifier.Publish(AppSuiteTopics.Users, id, Tenant.Reseller(resellerId), "deleted");
    }

    public async Task SaveSettingsAsync(string? swasUpgradeEmail, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var resellerId = AppSuiteAccess.RequireResellerAdmin(user);
        var email = string.IsNullOrWhiteSpace(swasUpgradeEmail) ? null : swasUpgradeEmail.Trim();
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || email.Length > 256))
            throw new ValidationFailedException($"'{email}' is not an e-mail address.", new Dictionary<string, string> { ["SwasUpgradeEmail"] = "Not an e-mail address." });
        await using var db = await consoleDb.OpenAsync(user, ct);
        var settings = await db.Set<AppSuiteResellerSettings>().FirstOrDefaultAsync(ct);
        var before = settings?.SwasUpgradeEmail;
        if (settings is null) db.Add(settings = new AppSuiteResellerSettings { ResellerId = resellerId });
        settings.SwasUpgradeEmail = email;
        AuditLog.Record(db, user, "AppSuiteResellerSettings", resellerId, "SwasUpgradeEmailChanged", new { swasUpgradeEmail = before }, new { swasUpgradeEmail = email });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConcurrencyConflictException("The settings were changed by someone else; reload and try again.");
        }
        notifier.Publish(AppSuiteTopics.Users, "settings", Tenant.Reseller(resellerId), "settings");
    }

    private static async Task ClearMainContactAsync(ConsoleDbContext db, CancellationToken ct)
    {
        var newVersion = Guid.NewGuid();
        await db.Set<PortalUser>().Where(u => u.IsMainContact)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.IsMainContact, false).SetProperty(p => p.Version, newVersion), ct);
    }

    private static void Validate(PortalUserInput input)
    {
        var errors = PortalUserRules.Validate(input);
        if (errors.Count > 0) throw new ValidationFailedException(string.Join(" ", errors.Values), errors);
    }

    private static void Apply(PortalUser target, PortalUserInput input)
    {
        target.Name = input.Name.Trim();
        target.Email = input.Email.Trim();
        target.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        target.JobTitle = string.IsNullOrWhiteSpace(input.JobTitle) ? null : input.JobTitle.Trim();
        target.IsAdmin = input.IsAdmin;
        target.IsMainContact = input.IsMainContact;
        target.SalesEmails = input.SalesEmails;
        target.TechnicalEmails = input.TechnicalEmails;
        target.SwasAlerts = input.SwasAlerts;
    }

    private static string RoleFor(bool isAdmin) => isAdmin ? Roles.ResellerAdmin : Roles.ResellerUser;

    private static object Snapshot(PortalUser u) => new { u.Name, u.Email, u.Phone, u.JobTitle, u.IsAdmin, u.IsMainContact, u.SalesEmails, u.TechnicalEmails, u.SwasAlerts };

    private static string TemporaryPassword()
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        var chars = Enumerable.Range(0, 10).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)])
            .Concat(Enumerable.Range(0, 3).Select(_ => digits[RandomNumberGenerator.GetInt32(digits.Length)])).ToArray();
        return new string(chars) + "!";
    }
}
