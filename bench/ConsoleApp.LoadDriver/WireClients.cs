using System.Net;
using System.Text.RegularExpressions;

namespace ConsoleApp.LoadDriver;

/// <summary>
/// The wire circuits of one cycle, in a process of their own (<c>--wire URL PATH COUNT</c>), so their CPU never
/// counts as the console's and, with <c>--browser-cpus</c>, they run on the browsers' core. It signs in once as
/// partner staff (the pages of a browser share a sign-in too), opens COUNT circuits a few at a time, prints
/// "ready OPENED FAILED", then answers "stats" with "stats BATCHES BYTES" and "close" by closing every circuit.
/// </summary>
internal static class WireClients
{
    public static async Task RunAsync(Uri baseUrl, string path, int count)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
            { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120) };
        await SignInAsync(http);

        var circuits = new List<WireCircuit>();
        var failed = 0;
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            var circuit = new WireCircuit(baseUrl, cookies, http, path);
            try
            {
                await circuit.OpenAsync(CancellationToken.None);
                lock (circuits) circuits.Add(circuit);
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref failed);
                Console.Error.WriteLine($"  a wire circuit failed to open: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
                await circuit.DisposeAsync();
            }
            finally { gate.Release(); }
        }));
        Console.WriteLine($"ready {circuits.Count} {failed}");

        while (Console.ReadLine() is { } command && command != "close")
            if (command == "stats") Console.WriteLine($"stats {Interlocked.Read(ref WireCircuit.Batches)} {Interlocked.Read(ref WireCircuit.Bytes)}");
        await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()));
        Console.WriteLine("closed");
    }

    private static async Task SignInAsync(HttpClient http)
    {
        var form = await http.GetStringAsync("/login");
        string Hidden(string name) => Regex.Match(form, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"sign-in form without {name}");
        using var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Hidden("__RequestVerificationToken")),
            new("_handler", Hidden("_handler")),
            new("Input.Email", "partner.staff@demo.test"),
            new("Input.Password", Components.Platform.Seeding.DemoData.Password),
        ]);
        using var response = await http.PostAsync("/login", content);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("/login", StringComparison.Ordinal) == true)
            throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode} {response.Headers.Location}");
    }
}
