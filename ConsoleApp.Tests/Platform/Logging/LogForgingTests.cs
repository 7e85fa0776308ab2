using System.Text.RegularExpressions;
using ConsoleApp.Components.Platform.Logging;
using ConsoleApp.Tests.Features.Orders;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace ConsoleApp.Tests.Platform.Logging;

/// <summary>Issue 12, point 6: user input cannot forge log lines.</summary>
public sealed partial class LogForgingTests(LoggedIngestionHost host) : IClassFixture<LoggedIngestionHost>
{
    private const string Forged = "[01:02:03 INF] Forged sign-in of admin@demo.test";

    [Fact]
    public async Task RequestPathWithLineBreaks_FileLogStaysOneLinePerEvent()
    {
        // The request log line carries the decoded path: %0D%0A is a real CR LF by the time it is logged.
        var response = await host.Client.GetAsync("/api/nothing-here%0D%0A" + Uri.EscapeDataString(Forged));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);

        string log = "";
        await Eventually.TrueAsync(() => (log = host.FileLog()).Contains("Forged sign-in", StringComparison.Ordinal));
        var lines = log.Split('\n').Where(l => l.Contains("Forged sign-in", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        // Every line that mentions the input is a whole event line (the file template starts with the timestamp),
        // with the line break written as an escape.
        Assert.All(lines, l => Assert.Matches(EventLineStart(), l));
        Assert.All(lines, l => Assert.Contains("\\r\\n[01:02:03 INF]", l));
    }

    [Fact]
    public void Enricher_EscapesControlAndBidiCharactersInEveryTextProperty()
    {
        var output = new StringWriter();
        using (var logger = new LoggerConfiguration()
                   .Enrich.FromLogContext()
                   .Enrich.With(new LogForgingEnricher())
                   .WriteTo.Sink(new TextSink(output, "[{Level:u3}] {Message:lj} {User}{NewLine}"))
                   .CreateLogger())
        using (Serilog.Context.LogContext.PushProperty("User", "eve\n[INF] admin"))
        {
            logger.Information("Search for {Term} in {Terms} and {@Filter}", "a\r\n" + Forged, new[] { "x\ty", "ok" }, new { Name = "n\u202Eame", Bell = "\u0007" });
        }

        var text = output.ToString();
        Assert.Single(text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.True(text.Contains("a\\r\\n[01:02:03 INF] Forged", StringComparison.Ordinal), text);
        Assert.DoesNotContain("\t", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
        Assert.Contains("eve\\n[INF] admin", text);
        Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T[\d:.]+[+-Z]")]
    private static partial Regex EventLineStart();

    private sealed class TextSink(TextWriter writer, string template) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _formatter = new(template);
        public void Emit(LogEvent logEvent) => _formatter.Format(logEvent, writer);
    }
}
