using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>
/// The product's one-role-per-user rule on the standard role tables. The roles are fixed reference data (created by
/// the migrations, id = name), so seeders and features that write a user in their own transaction can set its role
/// without a <c>RoleManager</c> round trip; <c>UserManager.GetRolesAsync</c> and friends read the same rows.
/// </summary>
public static class ConsoleUserRoles
{
    /// <summary>Gives <paramref name="userId"/> exactly <paramref name="role"/> (saved with the context's next SaveChanges).</summary>
    public static async Task SetRoleAsync(this ConsoleDbContext db, string userId, string role, CancellationToken ct = default)
    {
        var normalized = role.ToUpperInvariant();
        var roleId = await db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id).SingleAsync(ct);
        var current = await db.UserRoles.Where(r => r.UserId == userId).ToListAsync(ct);
        if (current.Count == 1 && current[0].RoleId == roleId) return;
        db.UserRoles.RemoveRange(current);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = roleId });
    }

    /// <summary>Users holding <paramref name="role"/>.</summary>
    public static IQueryable<ConsoleUser> UsersInRole(this ConsoleDbContext db, string role)
    {
        var normalized = role.ToUpperInvariant();
        return db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
    }

    /// <summary>The user's role, or "" when none.</summary>
    public static async Task<string> RoleOfAsync(this ConsoleDbContext db, string userId, CancellationToken ct = default) =>
        await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .FirstOrDefaultAsync(ct) ?? "";
}

internal sealed class ConsoleRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    // Fixed stamps: seed data must be identical on every model build or migrations see a change that is not there.
    public void Configure(EntityTypeBuilder<IdentityRole> b) => b.HasData(Roles.All.Select(r => new IdentityRole
    {
        Id = r, Name = r, NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = r,
    }));
}
