using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Platform.Security;

/// <summary>
/// Sign-in attempts (POSTs of the login form) per client address: guessing passwords from one address is slow,
/// and a stranger needs minutes, not seconds, to reach an account's lockout threshold. Showing the form (GET) is
/// not limited. The login page opts in with <c>[EnableRateLimiting(SignInLimitPolicy.Name)]</c>.
/// </summary>
public sealed class SignInLimitPolicy(IOptions<RateLimitSettings> settings) : IRateLimiterPolicy<string>
{
    public const string Name = "sign-in";
    public const string Message = "Too many sign-in attempts from your address. Wait a minute and try again.";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        // The login form is a plain HTML post, so the refusal is a small page the browser shows, not JSON.
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in · Partner Console</title></head><body>"
            + $"<h1>Sign in to Partner Console</h1><p role=\"alert\">{Message}</p><p><a href=\"/login\">Back to sign-in</a></p></body></html>", ct);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method)) return RateLimitPartition.GetNoLimiter("show-form");
        var s = settings.Value;
        return RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = s.SignInAttemptsPerWindow,
            Window = TimeSpan.FromSeconds(s.SignInWindowSeconds),
            QueueLimit = 0,
        });
    }
}
