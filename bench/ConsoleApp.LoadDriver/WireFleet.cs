using System.Diagnostics;
using System.Globalization;

namespace ConsoleApp.LoadDriver;

/// <summary>The parent's side of <see cref="WireClients"/>: starts the process (on the browsers' cores when the driver
/// pins), waits until its circuits are open, reads its render-batch totals, and closes it.</summary>
internal sealed class WireFleet : IAsyncDisposable
{
    private Process? _process;

    public int Opened { get; private set; }
    public int Failed { get; private set; }

    public async Task OpenAsync(DriverHost host, DriverOptions options, int count)
    {
        if (count <= 0) return;
        var self = Environment.ProcessPath!;
        var command = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") command.Add(typeof(WireFleet).Assembly.Location);
        command.AddRange(["--wire", host.BaseUrl, options.Path, count.ToString(CultureInfo.InvariantCulture)]);
        var start = options.BrowserCpus is { } cpus
            ? new ProcessStartInfo("taskset", ["-c", string.Join(",", cpus), self, .. command])
            : new ProcessStartInfo(self, command);
        (start.RedirectStandardInput, start.RedirectStandardOutput, start.UseShellExecute) = (true, true, false);
        _process = Process.Start(start)!;
        var ready = await ReadAsync("ready");
        (Opened, Failed) = (int.Parse(ready[1], CultureInfo.InvariantCulture), int.Parse(ready[2], CultureInfo.InvariantCulture));
    }

    /// <summary>Render batches and their bytes received by all wire circuits so far.</summary>
    public async Task<(long Batches, long Bytes)> StatsAsync()
    {
        if (_process is null) return (0, 0);
        await _process.StandardInput.WriteLineAsync("stats");
        var stats = await ReadAsync("stats");
        return (long.Parse(stats[1], CultureInfo.InvariantCulture), long.Parse(stats[2], CultureInfo.InvariantCulture));
    }

    private async Task<string[]> ReadAsync(string word)
    {
        while (await _process!.StandardOutput.ReadLineAsync() is { } line)
            if (line.StartsWith(word + " ", StringComparison.Ordinal) || line == word) return line.Split(' ');
        throw new InvalidOperationException($"the wire clients ended before '{word}'");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        try
        {
            await _process.StandardInput.WriteLineAsync("close");
            await ReadAsync("closed");
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        _process = null;
    }
}
