namespace ConsoleApp.Components.Layout;

/// <summary>Which navigation link is the current page, as NavLink decides it (case-insensitive, query and fragment
/// ignored): the dashboard ("/") only on itself, every other link on its own path and the paths below it.</summary>
public static class NavPaths
{
    /// <summary>The path of a base-relative address ("orders?view=All" → "/orders").</summary>
    public static string PathOf(string baseRelative)
    {
        var end = baseRelative.IndexOfAny(['?', '#']);
        return "/" + (end < 0 ? baseRelative : baseRelative[..end]).TrimStart('/');
    }

    public static bool IsActive(string href, string path) =>
        string.Equals(path, href, StringComparison.OrdinalIgnoreCase)
        || (href != "/" && path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase));
}
