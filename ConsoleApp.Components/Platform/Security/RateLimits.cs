using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConsoleApp.Components.Platform.Security;

/// <summary>Per-client rate limits on the anonymous entry points (ASP.NET Core's rate limiter middleware).</summary>
public static class RateLimits
{
    public static IServiceCollection AddConsoleRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitSettings>(configuration.GetSection("RateLimits"));
        services.AddSingleton<AnonymousUploadLimiter>();
        services.AddScoped<ClientAddress>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, ClientAddressCircuitHandler>());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, AnonymousUploadPolicy>(AnonymousUploadLimiter.PolicyName);
            o.AddPolicy<string, SignInLimitPolicy>(SignInLimitPolicy.Name);
        });
        return services;
    }

    public static IApplicationBuilder UseConsoleRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    /// <summary>A 429 as problem details, with Retry-After when the limiter knows it.</summary>
    internal static async ValueTask WriteRejectionAsync(OnRejectedContext context, string title, string detail, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new { type = "https://tools.ietf.org/html/rfc6585#section-4", title, status = 429, detail },
            (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
    }
}
