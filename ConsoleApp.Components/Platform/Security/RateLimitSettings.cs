namespace ConsoleApp.Components.Platform.Security;

/// <summary>The "RateLimits" section of appsettings.json: per-client limits for anonymous entry points.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Anonymous licence request uploads per client address and window (page and API together).</summary>
    public int AnonymousUploadsPerWindow { get; set; } = 10;
    public int AnonymousUploadWindowSeconds { get; set; } = 60;

    /// <summary>Sign-in form posts per client address and window.</summary>
    public int SignInAttemptsPerWindow { get; set; } = 5;
    public int SignInWindowSeconds { get; set; } = 60;
}
