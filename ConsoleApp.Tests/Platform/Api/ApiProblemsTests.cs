using System.Net;
using System.Text.Json;
using ConsoleApp.Components.Platform.Api;
using ConsoleApp.Components.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Tests.Platform.Api;

/// <summary>The central /api error handling on its own: endpoints that throw each kind of exception, and a page
/// path that must keep the pages' own handling.</summary>
public sealed class ApiProblemsTests : IAsyncLifetime
{
    private WebApplication _app = default!;
    private HttpClient _client = default!;
    private readonly CapturingLoggerProvider _logs = new();

    public async Task InitializeAsync()
    {
        // "Testing": neither the developer exception page nor the production host names (test output carries the
        // console's appsettings.Production.json).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(_logs);
        builder.Services.AddConsoleApiProblems();
        _app = builder.Build();
        _app.UseConsoleApiProblems();
        _app.MapGet("/api/boom", IResult () => throw new InvalidOperationException("secret connection string Password=hunter2"));
        _app.MapGet("/api/too-large", IResult () => throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge));
        _app.MapGet("/api/refused", IResult () => throw new ValidationFailedException("The order is invalid.", new Dictionary<string, string> { ["licenses"] = "Too many." }));
        _app.MapGet("/api/missing", IResult () => throw new NotFoundException("That order was not found."));
        _app.MapGet("/api/when", () => Results.Ok(new { At = new DateTime(2026, 11, 20, 10, 15, 0, DateTimeKind.Unspecified) }));
        _app.MapGet("/page-boom", IResult () => throw new InvalidOperationException("page fault"));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Fault_500ProblemWithoutDetails_LoggedAsErrorWithStackTrace()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/boom");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        var text = problem.GetRawText();
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task ServerRefusedBody_413Problem_NotLoggedAsError()
    {
        var response = await _client.GetAsync("/api/too-large");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await ProblemAsync(response)).GetProperty("status").GetInt32());
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task ValidationFailure_400ProblemWithFieldErrors()
    {
        var response = await _client.GetAsync("/api/refused");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Too many.", problem.GetProperty("errors").GetProperty("licenses")[0].GetString());
    }

    [Fact]
    public async Task NotFoundException_404Problem()
    {
        var response = await _client.GetAsync("/api/missing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("That order was not found.", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/when", HttpStatusCode.MethodNotAllowed)]
    public async Task FrameworkStatus_AnsweredAsProblem(string method, string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd("text/html");
        var response = await _client.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal((int)status, (await ProblemAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task DatesFromTheDatabase_WrittenAsUtcWithZ()
    {
        Assert.Equal("{\"at\":\"2026-11-20T10:15:00Z\"}", await _client.GetStringAsync("/api/when"));
    }

    [Fact]
    public async Task PagePaths_NotTurnedIntoProblems()
    {
        var notFound = await _client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.NotEqual("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);
        await Assert.ThrowsAnyAsync<Exception>(() => _client.GetAsync("/page-boom"));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
        }
    }
}
