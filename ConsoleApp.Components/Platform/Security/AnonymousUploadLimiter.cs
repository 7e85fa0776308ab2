using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Platform.Security;

/// <summary>
/// One fixed-window limiter per client address for anonymous uploads. A singleton shared by the HTTP rate
/// limiter policy (<see cref="AnonymousUploadPolicy"/>) and by services reached from an interactive circuit,
/// which does not pass through the HTTP middleware for each upload: both spend permits from the same window.
/// </summary>
public sealed class AnonymousUploadLimiter : IDisposable
{
    public const string PolicyName = "anonymous-upload";
    public const string Message = "Too many uploads from your address. Wait a minute and try again.";

    private readonly PartitionedRateLimiter<string> _limiter;

    public AnonymousUploadLimiter(IOptions<RateLimitSettings> settings)
    {
        var s = settings.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = s.AnonymousUploadsPerWindow,
            Window = TimeSpan.FromSeconds(s.AnonymousUploadWindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes one permit for <paramref name="clientKey"/>; false when its window is used up.</summary>
    public bool TryAcquire(string clientKey)
    {
        using var lease = _limiter.AttemptAcquire(clientKey);
        return lease.IsAcquired;
    }

    internal RateLimitLease AttemptAcquire(string clientKey, int permits) => _limiter.AttemptAcquire(clientKey, permits);
    internal ValueTask<RateLimitLease> AcquireAsync(string clientKey, int permits, CancellationToken ct) => _limiter.AcquireAsync(clientKey, permits, ct);
    internal RateLimiterStatistics? GetStatistics(string clientKey) => _limiter.GetStatistics(clientKey);

    public void Dispose() => _limiter.Dispose();
}
