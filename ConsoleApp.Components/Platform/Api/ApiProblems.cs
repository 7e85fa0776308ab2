using ConsoleApp.Components.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Api;

/// <summary>
/// Every error answer under <c>/api</c> is <c>application/problem+json</c> (RFC 9457), whoever produces it: the
/// endpoint (<c>Results.Problem</c>), the framework (404 no such route, 405, 413 from the server's body limit) or an
/// exception (400/403/404/409 for the console's own refusals, 500 without details for a fault, which is logged with
/// its stack trace). Pages keep their HTML error handling; only <c>/api</c> is branched.
/// </summary>
public static class ApiProblems
{
    public const string Prefix = "/api";

    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments(Prefix);

    public static IServiceCollection AddConsoleApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Dates leave the API in UTC with "Z", whatever Kind the database handed back.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new UtcDateTimeConverter()));
        return services;
    }

    /// <summary>Place early (before the storage-failure middleware, which answers its own 503 problem).</summary>
    public static IApplicationBuilder UseConsoleApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // The handler logs what it handles itself, at the level that fits (a refused body is not an error).
                SuppressDiagnosticsCallback = _ => true,
            });
            api.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        });

    /// <summary>A bare status as a problem: the status's own title, nothing else.</summary>
    public static Task WriteAsync(HttpContext http, int status, string? detail = null) =>
        Results.Problem(new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail }).ExecuteAsync(http);
}

/// <summary>Turns an exception under <c>/api</c> into a problem with a fitting status. Other paths are left to the
/// page error handling (the handler is registered for every exception handler in the app).</summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!ApiProblems.IsApi(http) || http.Response.HasStarted) return false;
        var path = http.Request.Path.Value;
        IResult result;
        switch (exception)
        {
            case BadHttpRequestException bad:
                // The server refused the request itself: body over the limit (413), malformed body or headers (400).
                logger.LogInformation("API request {Method} {Path} refused with {Status}: {Reason}", http.Request.Method, path, bad.StatusCode, bad.Message);
                result = Results.Problem(statusCode: bad.StatusCode, title: ReasonPhrases.GetReasonPhrase(bad.StatusCode),
                    detail: bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The body is larger than this endpoint accepts." : null);
                break;
            case ValidationFailedException invalid:
                result = invalid.FieldErrors.Count > 0
                    ? Results.ValidationProblem(invalid.FieldErrors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: invalid.Message)
                    : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: invalid.Message);
                break;
            case ConsoleException console:
                var status = console.Kind switch
                {
                    ConsoleErrorKind.NotFound => StatusCodes.Status404NotFound,
                    ConsoleErrorKind.AccessDenied => StatusCodes.Status403Forbidden,
                    ConsoleErrorKind.Conflict => StatusCodes.Status409Conflict,
                    _ => StatusCodes.Status400BadRequest,
                };
                result = Results.Problem(statusCode: status, title: console.Message);
                break;
            case OperationCanceledException when http.RequestAborted.IsCancellationRequested:
                // The caller went away; nobody reads the answer.
                return true;
            default:
                logger.LogError(exception, "API request {Method} {Path} failed", http.Request.Method, path);
                result = Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "An unexpected error occurred.",
                    detail: "The error has been logged. Nothing is known to have been stored; you may retry.");
                break;
        }
        await result.ExecuteAsync(http);
        return true;
    }
}
