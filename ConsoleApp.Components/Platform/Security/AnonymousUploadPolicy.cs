using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsoleApp.Components.Platform.Security;

/// <summary>The named HTTP rate limiter policy for anonymous uploads: signed-in users are not limited, anonymous
/// requests spend permits of <see cref="AnonymousUploadLimiter"/> keyed by the client address.</summary>
public sealed class AnonymousUploadPolicy(AnonymousUploadLimiter shared) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, ct) =>
        RateLimits.WriteRejectionAsync(context, "Too many uploads", AnonymousUploadLimiter.Message, ct);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (httpContext.User.Identity?.IsAuthenticated == true) return RateLimitPartition.GetNoLimiter("signed-in");
        var key = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.Get(key, k => new SharedPartition(shared, k));
    }

    /// <summary>A view of one client's window in the shared limiter. The middleware may drop and dispose it when
    /// idle; it holds no state of its own, so the window lives on in the shared limiter.</summary>
    private sealed class SharedPartition(AnonymousUploadLimiter shared, string key) : RateLimiter
    {
        public override TimeSpan? IdleDuration => TimeSpan.MaxValue;
        public override RateLimiterStatistics? GetStatistics() => shared.GetStatistics(key);
        protected override RateLimitLease AttemptAcquireCore(int permitCount) => shared.AttemptAcquire(key, permitCount);
        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            shared.AcquireAsync(key, permitCount, cancellationToken);
    }
}
