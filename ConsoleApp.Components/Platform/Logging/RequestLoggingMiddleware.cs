using System.Diagnostics;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace ConsoleApp.Components.Platform.Logging;

/// <summary>One log line per HTTP request, with the user and tenant in the log context for everything logged
/// during it (Serilog.AspNetCore's request logging cannot be restored here).</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var user = CurrentUser.FromPrincipal(context.User);
        using var _ = LogContext.PushProperty("User", user.IsAuthenticated ? user.Email : "anonymous");
        using var __ = LogContext.PushProperty("Tenant", user.TenantKey);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            // The circuit's long-lived WebSocket request is logged when it ends; that is expected.
            logger.LogInformation("HTTP {Method} {Path} responded {Status} in {Elapsed:0.0} ms",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
        }
    }
}
