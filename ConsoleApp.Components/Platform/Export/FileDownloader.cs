using Microsoft.JSInterop;

namespace ConsoleApp.Components.Platform.Export;

/// <summary>Sends a file made on the server to the browser as a download (streamed through the circuit).</summary>
public sealed class FileDownloader(IJSRuntime js)
{
    public async Task DownloadAsync(string fileName, byte[] content, string contentType = "text/csv")
    {
        using var stream = new MemoryStream(content);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("partnerConsole.downloadFile", fileName, contentType, reference);
    }
}
