using ConsoleApp.Components.Platform.Live;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ConsoleApp.Composition;

/// <summary>The console's metrics through OpenTelemetry. They are always collected in-process; they leave it only
/// when an OTLP endpoint is configured (the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or the same key in the
/// settings), so a plain <c>dotnet run</c> needs no collector. docs/OPERATIONS.md names the metrics.</summary>
public static class ConsoleTelemetry
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddConsoleTelemetry(this WebApplicationBuilder builder)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("partner-console"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(LiveMetrics.MeterName);
                // The exporter reads the endpoint, protocol and headers from the standard OTEL_EXPORTER_OTLP_* keys.
                if (exportOtlp) metrics.AddOtlpExporter();
            });
        return builder;
    }
}
