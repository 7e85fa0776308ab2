using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Layout;

/// <summary>Where the light/dark choice is remembered: the browser's local storage, one entry per user.</summary>
public static class ThemePreference
{
    public static string KeyFor(UserContext user) => "pc-theme:" + (user.IsAuthenticated ? user.UserId : "anonymous");
    public static bool IsDark(string? stored) => stored == "dark";
    public static string Value(bool dark) => dark ? "dark" : "light";
}
