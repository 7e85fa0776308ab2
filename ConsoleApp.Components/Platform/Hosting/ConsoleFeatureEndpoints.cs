using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Features.AppSuite;
using Microsoft.AspNetCore.Routing;

namespace ConsoleApp.Components.Platform.Hosting;

/// <summary>One line per feature that exposes HTTP endpoints (APIs, file downloads).</summary>
public static class ConsoleFeatureEndpoints
{
    public static IEndpointRouteBuilder MapConsoleFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOrdersEndpoints();
        endpoints.MapAppSuiteEndpoints();
        return endpoints;
    }
}
