using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ConsoleApp.Components.Features.AppSuite;

public static class AppSuiteEndpoints
{
    public const string PublicKeyPath = "/appsuite/licence-public-key.pem";
    public const string UploadPath = "/api/appsuite/licence-requests";
    public const string ResellerIdHeader = "X-Reseller-Id";

    /// <summary>The licence verification key, public so Communication Service installations can fetch it offline.</summary>
    public static IEndpointRouteBuilder MapAppSuiteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PublicKeyPath, (LicenceSigner signer) =>
                Results.File(System.Text.Encoding.ASCII.GetBytes(signer.PublicKeyPem), "application/x-pem-file", "appsuite-licence-public-key.pem"))
            .AllowAnonymous();

        // The upload the register page offers, for scripts: the request file as a JSON body, the Reseller ID in a
        // header. JSON only: a cross-site form cannot send it, so a signed-in reseller's cookie cannot be borrowed.
        endpoints.MapPost(UploadPath, UploadAsync)
            .AllowAnonymous()
            .RequireRateLimiting(AnonymousUploadLimiter.PolicyName);
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, RegistrationService registration, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: "Send the licence request file as application/json.");
        using var buffer = new MemoryStream();
        var limit = registration.MaxRequestBytes;
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request file too large",
                    detail: $"A licence request is at most {limit / 1024} KB.");
        }
        var resellerNumber = request.Headers[ResellerIdHeader].ToString();
        var result = await registration.RegisterAsync(buffer.ToArray(), "upload.json", resellerNumber, ct, permitTaken: true);
        if (result is { Accepted: true, LicenceFile: { } file })
            return Results.File(file, "application/octet-stream", result.FileName);
        return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Licence request refused", detail: result.Message);
    }
}
