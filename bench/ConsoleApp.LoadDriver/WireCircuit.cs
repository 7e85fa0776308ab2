using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.LoadDriver;

/// <summary>
/// One open page without a browser: it loads the page as a browser would (the prerendered HTML with its component
/// markers and persisted state), opens the circuit over the same WebSocket and protocol as the framework's script,
/// and acknowledges every render batch as soon as it arrives, without building a DOM. The server does all the work it
/// does for a browser (render, diff, serialize, send, wait for the acknowledgement); the client's share is close to
/// nothing, so hundreds of circuits fit on a core where a few dozen Chromium pages do not.
/// JS interop calls are answered as a browser with nothing to do would: success, with an empty result.
/// </summary>
internal sealed partial class WireCircuit(Uri baseUrl, CookieContainer cookies, HttpClient http, string path) : IAsyncDisposable
{
    private HubConnection? _connection;
    private string? _circuitId;
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static readonly Type[] JsCallArguments = [.. Enumerable.Repeat(typeof(object), 6)];

    public static long Batches;
    public static long Bytes;

    public async Task OpenAsync(CancellationToken cancel)
    {
        var html = await http.GetStringAsync(new Uri(baseUrl, path), cancel);
        var markers = Marker().Matches(html).Select(m => m.Groups[1].Value)
            .Where(json => json.Contains("\"type\":\"server\"", StringComparison.Ordinal)).ToList();
        var state = State().Match(html) is { Success: true } s ? s.Groups[1].Value : "";
        if (markers.Count == 0) throw new InvalidOperationException($"{path} has no interactive component (signed out?)");

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "_blazor"), o =>
            {
                o.Cookies = cookies;
                o.Transports = HttpTransportType.WebSockets;
            });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _connection = builder.Build();
        _connection.On<long, byte[]>("JS.RenderBatch", async (id, data) =>
        {
            Interlocked.Increment(ref Batches);
            Interlocked.Add(ref Bytes, data.Length);
            await _connection.SendAsync("OnRenderCompleted", id, null);
            _firstBatch.TrySetResult();
        });
        // (async handle, identifier, arguments, result type, target instance, call type) in .NET 10: read loosely, so
        // only the handle and the identifier need to be where they are.
        _connection.On("JS.BeginInvokeJS", JsCallArguments, async (args, _) =>
        {
            var handle = Convert.ToInt64(args[0], System.Globalization.CultureInfo.InvariantCulture);
            if (handle != 0) await _connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{JsAnswers.For(args[1] as string ?? "")}]");
        }, this);
        _connection.On("JS.AttachComponent", [typeof(object), typeof(object)], (_, _) => Task.CompletedTask, this);
        _connection.On("JS.EndUpdateRootComponents", [typeof(object)], (_, _) => Task.CompletedTask, this);
        await _connection.StartAsync(cancel);

        var page = new Uri(baseUrl, path).ToString();
        _circuitId = await _connection.InvokeAsync<string>("StartCircuit", baseUrl.ToString(), page, "[]", state, cancel);
        var operations = markers.Select((marker, i) => new { type = "add", ssrComponentId = i + 1, marker = JsonDocument.Parse(marker).RootElement });
        await _connection.SendAsync("UpdateRootComponents", JsonSerializer.Serialize(new { batchId = 1, operations }), state, cancel);
        await _firstBatch.Task.WaitAsync(TimeSpan.FromSeconds(60), cancel);
    }

    /// <summary>Closes the connection and tells the server the page is gone, as a browser's unload does.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        await _connection.DisposeAsync();
        if (_circuitId is null) return;
        using var form = new FormUrlEncodedContent([new("circuitId", _circuitId)]);
        try { await http.PostAsync(new Uri(baseUrl, "_blazor/disconnect"), form); } catch (HttpRequestException) { }
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();
}
