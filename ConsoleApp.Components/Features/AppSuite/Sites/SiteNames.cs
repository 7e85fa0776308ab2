namespace ConsoleApp.Components.Features.AppSuite.Sites;

/// <summary>The name a site gets when it registers without one, and the rule for a name entered on the register page.</summary>
public static class SiteNames
{
    public const int MaxLength = 120;

    public static string Default(int siteId) => $"Site {siteId}";

    public static string? Clean(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    /// <summary>Why <paramref name="name"/> cannot be a site name, or null (empty is fine: the default applies).</summary>
    public static string? Problem(string? name) =>
        Clean(name) is { Length: > MaxLength } ? $"A site name is at most {MaxLength} characters." : null;
}
