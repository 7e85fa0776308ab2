namespace ConsoleApp.Components.Platform.Logging;

/// <summary>The property names every request and circuit log event carries (the output templates name them).</summary>
public static class LogProperties
{
    public const string User = "User";
    public const string UserId = "UserId";
    public const string Role = "Role";
    public const string Tenant = "Tenant";
    public const string Anonymous = "anonymous";
}
