using System.Security.Claims;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>
/// Puts role, tenant ids and the tenant's display name in the cookie so every request knows its tenant. The base
/// factory adds id, user name, e-mail, security stamp and the role (from <c>AspNetUserRoles</c>).
/// </summary>
public sealed class ConsoleClaimsFactory(UserManager<ConsoleUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, IDbContextFactory<ConsoleDbContext> factory)
    : UserClaimsPrincipalFactory<ConsoleUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ConsoleUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ConsoleClaims.DisplayName, user.DisplayName));
        void Add(string type, int? value) { if (value is { } v) identity.AddClaim(new Claim(type, v.ToString(System.Globalization.CultureInfo.InvariantCulture))); }
        Add(ConsoleClaims.PartnerId, user.PartnerId);
        Add(ConsoleClaims.AccountId, user.AccountId);
        Add(ConsoleClaims.ResellerId, user.ResellerId);
        Add(ConsoleClaims.CompanyId, user.CompanyId);

        await using var db = await factory.CreateDbContextAsync();
        string? tenantName = null;
        if (user.ResellerId is { } r)
        {
            var reseller = await db.Resellers.AsNoTracking().FirstAsync(x => x.Id == r);
            tenantName = reseller.Name;
            identity.AddClaim(new Claim(ConsoleClaims.ResellerNumber, reseller.ResellerNumber));
        }
        else if (user.CompanyId is { } c) tenantName = (await db.Companies.AsNoTracking().FirstAsync(x => x.Id == c)).Name;
        // Raw SQL keeps Platform free of a reference to the Accounts feature; the key lookup needs no ordering.
        else if (user.AccountId is { } a) tenantName = (await db.Database.SqlQuery<string>($"SELECT Name AS Value FROM CustomerAccounts WHERE Id = {a}").ToListAsync()).SingleOrDefault();
        else if (user.PartnerId is { } p) tenantName = (await db.Partners.AsNoTracking().FirstAsync(x => x.Id == p)).Name;
        if (tenantName is not null) identity.AddClaim(new Claim(ConsoleClaims.TenantName, tenantName));
        return identity;
    }
}
