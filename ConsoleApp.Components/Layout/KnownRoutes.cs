using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace ConsoleApp.Components.Layout;

/// <summary>The page routes this build contains. The navigation shows a link only when its page exists,
/// so a feature appears in the menu the moment its page lands.</summary>
public static class KnownRoutes
{
    private static readonly HashSet<string> Templates = typeof(KnownRoutes).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template.TrimEnd('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool Exists(string route) => Templates.Contains(route.Split('?')[0].TrimEnd('/')) || route == "/";
}
