using ConsoleApp.Components.Platform.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Errors;

/// <summary>
/// The database could not be written (read-only file, full disk, I/O error, lock held too long). Users get one
/// plain sentence, never a stack trace; the log gets the real SQLite error. Constraint violations (19) are not
/// storage failures: services turn those into their own messages.
/// </summary>
public static class StorageFailures
{
    public const string UserMessage = "The console cannot save right now. Nothing was changed; please try again in a minute.";

    public static bool IsStorageFailure(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: not 19 }) return true;
            if (e is DbUpdateException and not DbUpdateConcurrencyException && e.InnerException is not SqliteException { SqliteErrorCode: 19 }) return true;
        }
        return false;
    }

    /// <summary>The innermost SQLite error, for the log.</summary>
    public static string Cause(Exception exception)
    {
        SqliteException? sqlite = null;
        for (var e = exception; e is not null; e = e.InnerException) if (e is SqliteException s) sqlite = s;
        return sqlite is null ? exception.Message : $"SQLite error {sqlite.SqliteErrorCode} (extended {sqlite.SqliteExtendedErrorCode}): {sqlite.Message}";
    }

    /// <summary>Requests that fail to write answer 503 with the one sentence: problem+json under /api, a small page
    /// elsewhere.</summary>
    public static IApplicationBuilder UseConsoleStorageFailures(this IApplicationBuilder app) => app.UseMiddleware<StorageFailureMiddleware>();
}

public sealed class StorageFailureMiddleware(RequestDelegate next, ILogger<StorageFailureMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex) && !context.Response.HasStarted)
        {
            logger.LogError("Database write failed for {Method} {Path}: {Cause}", context.Request.Method, context.Request.Path.Value, StorageFailures.Cause(ex));
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            if (ApiProblems.IsApi(context))
            {
                await ApiProblems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, StorageFailures.UserMessage);
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner Console</title></head><body>"
                + $"<h1>Partner Console</h1><p role=\"alert\">{StorageFailures.UserMessage}</p><p><a href=\"/\">Back to the dashboard</a></p></body></html>");
        }
    }
}
