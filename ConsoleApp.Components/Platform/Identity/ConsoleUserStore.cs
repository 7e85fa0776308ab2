using ConsoleApp.Components.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>
/// A small EF-backed Identity store (the EF stores package cannot be restored here; see STACK.md). It implements
/// just what sign-in needs: passwords, security stamps, lockout, e-mail lookup and the single role.
/// Each call uses its own short context, like the rest of the console.
/// </summary>
public sealed class ConsoleUserStore(IDbContextFactory<ConsoleDbContext> factory) :
    IUserPasswordStore<ConsoleUser>, IUserSecurityStampStore<ConsoleUser>, IUserLockoutStore<ConsoleUser>,
    IUserEmailStore<ConsoleUser>, IUserRoleStore<ConsoleUser>
{
    public void Dispose() { }

    public async Task<IdentityResult> CreateAsync(ConsoleUser user, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Add(user);
        await db.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(ConsoleUser user, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Attach(user);
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = user.ConcurrencyStamp;
        user.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        db.Entry(user).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
            return IdentityResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());
        }
    }

    public async Task<IdentityResult> DeleteAsync(ConsoleUser user, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Set<ConsoleUser>().Where(u => u.Id == user.Id).ExecuteDeleteAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<ConsoleUser?> FindByIdAsync(string userId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ConsoleUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
    }

    public Task<ConsoleUser?> FindByNameAsync(string normalizedUserName, CancellationToken ct) => FindByEmailAsync(normalizedUserName, ct);

    public async Task<ConsoleUser?> FindByEmailAsync(string normalizedEmail, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ConsoleUser>().AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, ct);
    }

    // The e-mail address is the user name.
    public Task<string> GetUserIdAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    public Task SetUserNameAsync(ConsoleUser user, string? userName, CancellationToken ct) { user.Email = userName ?? ""; return Task.CompletedTask; }
    public Task<string?> GetNormalizedUserNameAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedEmail);
    public Task SetNormalizedUserNameAsync(ConsoleUser user, string? normalizedName, CancellationToken ct) { user.NormalizedEmail = normalizedName ?? ""; return Task.CompletedTask; }

    public Task SetPasswordHashAsync(ConsoleUser user, string? passwordHash, CancellationToken ct) { user.PasswordHash = passwordHash; return Task.CompletedTask; }
    public Task<string?> GetPasswordHashAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(ConsoleUser user, string stamp, CancellationToken ct) { user.SecurityStamp = stamp; return Task.CompletedTask; }
    public Task<string?> GetSecurityStampAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult(user.LockoutEnd);
    public Task SetLockoutEndDateAsync(ConsoleUser user, DateTimeOffset? lockoutEnd, CancellationToken ct) { user.LockoutEnd = lockoutEnd; return Task.CompletedTask; }
    public Task<int> IncrementAccessFailedCountAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(ConsoleUser user, CancellationToken ct) { user.AccessFailedCount = 0; return Task.CompletedTask; }
    public Task<int> GetAccessFailedCountAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult(user.LockoutEnabled);
    public Task SetLockoutEnabledAsync(ConsoleUser user, bool enabled, CancellationToken ct) { user.LockoutEnabled = enabled; return Task.CompletedTask; }

    public Task SetEmailAsync(ConsoleUser user, string? email, CancellationToken ct) { user.Email = email ?? ""; return Task.CompletedTask; }
    public Task<string?> GetEmailAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    public Task<bool> GetEmailConfirmedAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult(true);
    public Task SetEmailConfirmedAsync(ConsoleUser user, bool confirmed, CancellationToken ct) => Task.CompletedTask;
    public Task<string?> GetNormalizedEmailAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedEmail);
    public Task SetNormalizedEmailAsync(ConsoleUser user, string? normalizedEmail, CancellationToken ct) { user.NormalizedEmail = normalizedEmail ?? ""; return Task.CompletedTask; }

    // One role per user, kept on the user row.
    public Task AddToRoleAsync(ConsoleUser user, string roleName, CancellationToken ct) { user.Role = roleName; return Task.CompletedTask; }
    public Task RemoveFromRoleAsync(ConsoleUser user, string roleName, CancellationToken ct) => Task.CompletedTask;
    public Task<IList<string>> GetRolesAsync(ConsoleUser user, CancellationToken ct) => Task.FromResult<IList<string>>([user.Role]);
    public Task<bool> IsInRoleAsync(ConsoleUser user, string roleName, CancellationToken ct) => Task.FromResult(string.Equals(user.Role, roleName, StringComparison.OrdinalIgnoreCase));

    public async Task<IList<ConsoleUser>> GetUsersInRoleAsync(string roleName, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ConsoleUser>().AsNoTracking().Where(u => u.Role == roleName).ToListAsync(ct);
    }
}
