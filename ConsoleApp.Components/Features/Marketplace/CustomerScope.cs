using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>
/// The customer account a marketplace request acts in. Partner users choose one of their partner's accounts
/// ("on behalf of" it); Customer and CustomerAdmin users are always in their own account and cannot name another.
/// <see cref="DbUser"/> is the actor narrowed to that account, so the <see cref="ICustomerOwned"/> query filter
/// limits every query to it.
/// </summary>
public sealed record CustomerScope(UserContext Actor, UserContext DbUser, int PartnerId, int AccountId, string AccountName, string ActorOrganization)
{
    public bool OnBehalf => Actor.IsPartnerUser;

    /// <summary>Customer roles never see markup: not the percent, not markup-change items, not markup-only orders.</summary>
    public bool SeesMarkup => Actor.IsPartnerUser;

    public Tenant Tenant => Tenant.Account(AccountId);
}

public static class MarketplaceTopics
{
    public static readonly LiveTopic Topic = new("marketplace");
}

public sealed class CustomerScopeResolver(ConsoleDb consoleDb)
{
    public const string CustomerRoles = Roles.Customer + "," + Roles.CustomerAdmin;

    public static bool MayUse(UserContext user) => user.IsPartnerUser || user.IsInRole(Roles.Customer, Roles.CustomerAdmin);

    public async Task<CustomerScope> ResolveAsync(int? accountId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        return await ResolveAsync(user, accountId, ct);
    }

    public async Task<CustomerScope> ResolveAsync(UserContext user, int? accountId, CancellationToken ct = default)
    {
        user.Require(MayUse(user) && user.PartnerId is not null, "Marketplace orders are for partner users and the customer's own users.");
        int effective;
        if (user.IsPartnerUser)
        {
            effective = accountId ?? throw new ValidationFailedException("Choose a customer account first.");
        }
        else
        {
            if (user.AccountId is not { } own)
                throw new AccessDeniedException("Your user is not linked to a customer account.");
            if (accountId is { } asked && asked != own)
                throw new AccessDeniedException("You can only see your own organization's orders.");
            effective = own;
        }

        await using var db = await consoleDb.OpenAsync(user, ct);
        // The account filter already hides other partners' accounts, and a deleted account is gone for the
        // marketplace: both answer "not found", like an id that never existed.
        var account = await db.Set<CustomerAccount>().AsNoTracking()
            .Where(a => a.Id == effective && a.Status != AccountStatus.Deleted)
            .Select(a => new { a.Id, a.Name, a.PartnerId })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("That customer account does not exist.");
        var organization = user.IsPartnerUser
            ? await db.Partners.Where(p => p.Id == user.PartnerId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? "Partner"
            : account.Name;
        return new CustomerScope(user, user with { AccountId = account.Id }, account.PartnerId, account.Id, account.Name, organization);
    }
}
