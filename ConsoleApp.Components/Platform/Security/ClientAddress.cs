using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;

namespace ConsoleApp.Components.Platform.Security;

/// <summary>
/// The address of the client behind this request or circuit, the partition key of per-client rate limits.
/// An HTTP request reads it from its connection; a circuit has no HttpContext once it runs, so
/// <see cref="ClientAddressCircuitHandler"/> captures it while the circuit's connection is being opened.
/// Behind a reverse proxy configure forwarded headers so this is the real client, not the proxy.
/// </summary>
public sealed class ClientAddress(IHttpContextAccessor http)
{
    private string? _captured;

    public string Key => _captured ?? FromRequest() ?? "unknown";

    internal void Capture() => _captured ??= FromRequest();

    /// <summary>For tests and background callers that know the address.</summary>
    public void Set(string key) => _captured = key;

    private string? FromRequest() => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}

/// <summary>Captures the client address when a circuit opens (the hub connection's request is still current then).</summary>
public sealed class ClientAddressCircuitHandler(ClientAddress address) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        address.Capture();
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        address.Capture();
        return Task.CompletedTask;
    }
}
