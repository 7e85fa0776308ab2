using System.Globalization;

namespace ConsoleApp.LoadDriver;

/// <summary>
/// <c>--circuits 10,50,100</c> (one cycle per count, in one server), <c>--changes 50</c> (published changes per cycle:
/// orders posted and assigned in turn), <c>--page orders|dashboard</c>, <c>--interval-ms 400</c> (between changes),
/// <c>--samples 5</c> (pages that time what the browser shows), <c>--pages-per-context 25</c> (one sign-in each),
/// <c>--ui-repeats 10</c> (view switches and searches timed), <c>--retention-seconds 5</c> (disconnected circuits),
/// <c>--hold-seconds 0</c> (pauses before the pages open and once they are open, to take a heap dump of this process),
/// <c>--server-cpus 0 --browser-cpus 1</c> (both or neither: the console and the browsers on their own cores),
/// <c>--chromium-pages 25</c> (at most this many of a cycle's pages are Chromium pages, the rest are wire circuits).
/// </summary>
internal sealed record DriverOptions(
    IReadOnlyList<int> Circuits, int Changes, string Page, int IntervalMs, int Samples, int PagesPerContext, int UiRepeats,
    int RetentionSeconds, int HoldSeconds = 0, IReadOnlyList<int>? ServerCpus = null, IReadOnlyList<int>? BrowserCpus = null,
    int ChromiumPages = int.MaxValue)
{
    public string Path => Page == "dashboard" ? "/" : "/orders";

    public static DriverOptions Parse(string[] args)
    {
        var o = new DriverOptions([10], 50, "orders", 400, 5, 25, 10, 5);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--circuits" => o with { Circuits = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() },
                "--changes" => o with { Changes = Int() },
                "--page" => o with { Page = Next() switch { "dashboard" => "dashboard", "orders" => "orders", _ => throw new ArgumentException("--page orders|dashboard") } },
                "--interval-ms" => o with { IntervalMs = Int() },
                "--samples" => o with { Samples = Int() },
                "--pages-per-context" => o with { PagesPerContext = Int() },
                "--ui-repeats" => o with { UiRepeats = Int() },
                "--retention-seconds" => o with { RetentionSeconds = Int() },
                "--hold-seconds" => o with { HoldSeconds = Int() },
                "--server-cpus" => o with { ServerCpus = Cpus(Next()) },
                "--browser-cpus" => o with { BrowserCpus = Cpus(Next()) },
                "--chromium-pages" => o with { ChromiumPages = Int() },
                _ => throw new ArgumentException($"Unknown argument {args[i]}"),
            };
        }
        if ((o.ServerCpus is null) != (o.BrowserCpus is null)) throw new ArgumentException("--server-cpus and --browser-cpus go together");
        return o;
    }

    private static List<int> Cpus(string list) => list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}
