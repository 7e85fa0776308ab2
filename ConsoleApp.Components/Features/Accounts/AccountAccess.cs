using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>
/// Who may do what with an account. Partner admins and staff: everything on their partner's accounts, except that
/// only partner admins delete. Account admins: view and edit their own account (information, contacts, switches),
/// never deactivate or delete. Everyone else: nothing. A deactivated account is read-only until reactivated.
/// Other tenants' accounts, and deleted ones, are "not found" (the tenant filter hides the former).
/// </summary>
internal static class AccountAccess
{
    public const string NotFoundMessage = "Account not found.";

    public static AccountPermissions PermissionsFor(UserContext user, AccountStatus status) => new(
        CanEdit: status == AccountStatus.Active && (user.IsPartnerUser || user.IsInRole(Roles.AccountAdmin)),
        CanDeactivate: user.IsPartnerUser,
        CanDelete: user.IsInRole(Roles.PartnerAdmin),
        CanOpenOrders: user.IsPartnerUser);

    public static void RequireViewer(UserContext user)
    {
        user.Require((user.IsPartnerUser || user.IsInRole(Roles.AccountAdmin)) && user.PartnerId is not null,
            "Only partner users and account admins can open account information.");
    }

    public static void RequirePartner(UserContext user, string what)
    {
        user.Require(user.IsPartnerUser && user.PartnerId is not null, $"Only partner users can {what}.");
    }

    /// <summary>Loads a visible, not deleted account (tracked) or throws not-found.</summary>
    public static async Task<CustomerAccount> LoadAsync(ConsoleDbContext db, int accountId, CancellationToken ct) =>
        await db.Set<CustomerAccount>().SingleOrDefaultAsync(a => a.Id == accountId && a.Status != AccountStatus.Deleted, ct)
        ?? throw new NotFoundException(NotFoundMessage);

    /// <summary>Loads an account the user may change right now.</summary>
    public static async Task<CustomerAccount> LoadEditableAsync(ConsoleDbContext db, UserContext user, int accountId, CancellationToken ct)
    {
        RequireViewer(user);
        var account = await LoadAsync(db, accountId, ct);
        if (account.Status == AccountStatus.Deactivated)
            throw new ValidationFailedException($"{account.Name} is deactivated; a partner must reactivate it before it can be changed.");
        return account;
    }
}
