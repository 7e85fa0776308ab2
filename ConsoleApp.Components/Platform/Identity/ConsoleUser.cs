using Microsoft.AspNetCore.Identity;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>
/// A console sign-in on the framework's Identity tables (<c>AspNetUsers</c>); the e-mail address is also the user
/// name. The role lives in <c>AspNetUserRoles</c> (one per user, see <see cref="ConsoleUserRoles"/>); the tenant ids
/// say which partner/account/reseller/company the user acts for.
/// </summary>
public sealed class ConsoleUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? PartnerId { get; set; }
    public int? AccountId { get; set; }
    public int? ResellerId { get; set; }
    public int? CompanyId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>A new sign-in whose user name is its e-mail address, with the normalized forms Identity looks up.</summary>
    public static ConsoleUser Create(string email, string displayName, DateTime createdAt)
    {
        var normalized = email.ToUpperInvariant();
        return new ConsoleUser
        {
            UserName = email, NormalizedUserName = normalized, Email = email, NormalizedEmail = normalized,
            EmailConfirmed = true, LockoutEnabled = true, DisplayName = displayName, CreatedAt = createdAt,
        };
    }

    /// <summary>Changes the e-mail address (and so the user name) outside <c>UserManager</c>, e.g. in a feature's own transaction.</summary>
    public void ChangeEmail(string email)
    {
        UserName = Email = email;
        NormalizedUserName = NormalizedEmail = email.ToUpperInvariant();
    }
}
