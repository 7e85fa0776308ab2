using ConsoleApp.Components.Features.AppSuite.Registration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ConsoleApp.Components.Features.AppSuite;

public static class AppSuiteEndpoints
{
    public const string PublicKeyPath = "/appsuite/licence-public-key.pem";

    /// <summary>The licence verification key, public so Communication Service installations can fetch it offline.</summary>
    public static IEndpointRouteBuilder MapAppSuiteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PublicKeyPath, (LicenceSigner signer) =>
                Results.File(System.Text.Encoding.ASCII.GetBytes(signer.PublicKeyPem), "application/x-pem-file", "appsuite-licence-public-key.pem"))
            .AllowAnonymous();
        return endpoints;
    }
}
