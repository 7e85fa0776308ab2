using System.Diagnostics;
using Microsoft.Playwright;

namespace ConsoleApp.LoadDriver;

/// <summary>
/// The open pages of one cycle: headless Debian Chromium, many pages per browser context (one sign-in per context),
/// a small viewport. A few sample pages note when each load-driver order first appears in their DOM.
/// </summary>
internal sealed class BrowserFleet(IBrowser browser, DriverHost host, DriverOptions options) : IAsyncDisposable
{
    /// <summary>Set in the sample pages: the first time (Unix ms) each load-driver SAP id appeared in the document.</summary>
    private const string ObserverScript = """
        () => {
            window.__seen = {};
            const scan = () => {
                const text = document.body.textContent, re = /LD\d+-\d+Z/g, now = Date.now();
                let m;
                while ((m = re.exec(text)) !== null) if (!(m[0] in window.__seen)) window.__seen[m[0]] = now;
            };
            new MutationObserver(scan).observe(document.body, { childList: true, subtree: true, characterData: true });
            scan();
        }
        """;

    /// <summary>The Orders grid's typing pause (ServerGrid's SearchDebounceMs default).</summary>
    private const int SearchPauseMs = 300;

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<IPage> _pages = [];

    public IReadOnlyList<IPage> Pages => _pages;
    public int Failed { get; private set; }
    public IEnumerable<IPage> Samples => _pages.Take(options.Samples);

    /// <summary>Opens <paramref name="count"/> signed-in pages, a few at a time, each until its circuit is up.</summary>
    public async Task OpenAsync(int count)
    {
        var contexts = (count + options.PagesPerContext - 1) / options.PagesPerContext;
        using var gate = new SemaphoreSlim(4);
        var work = new List<Task>();
        for (var c = 0; c < contexts; c++)
        {
            var pagesHere = Math.Min(options.PagesPerContext, count - c * options.PagesPerContext);
            work.Add(OpenContextAsync(pagesHere, gate));
        }
        await Task.WhenAll(work);
        foreach (var page in Samples) await page.EvaluateAsync(ObserverScript);
    }

    private async Task OpenContextAsync(int pages, SemaphoreSlim gate)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseUrl,
            ViewportSize = new ViewportSize { Width = 800, Height = 600 },
        });
        context.SetDefaultTimeout(60_000);
        lock (_contexts) _contexts.Add(context);
        await gate.WaitAsync();
        try
        {
            var first = await context.NewPageAsync();
            await first.GotoAsync($"/login?returnUrl={Uri.EscapeDataString(options.Path)}");
            await first.GetByLabel("E-mail").FillAsync("partner.staff@demo.test");
            await first.GetByLabel("Password").FillAsync(Components.Platform.Seeding.DemoData.Password);
            await first.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await first.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
            await WaitForCircuitAsync(first);
            lock (_pages) _pages.Add(first);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            Failed += pages;
            Console.Error.WriteLine($"  sign-in failed: {ex.Message.Split('\n')[0]}");
            return;
        }
        finally
        {
            gate.Release();
        }
        var rest = new List<Task>();
        for (var i = 1; i < pages; i++) rest.Add(OpenPageAsync(context, gate));
        await Task.WhenAll(rest);
    }

    private async Task OpenPageAsync(IBrowserContext context, SemaphoreSlim gate)
    {
        await gate.WaitAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(options.Path);
            await WaitForCircuitAsync(page);
            lock (_pages) _pages.Add(page);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            Failed++;
            Console.Error.WriteLine($"  a page failed to open: {ex.Message.Split('\n')[0]}");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Set by the console's JS initializer once the interactive circuit is up.</summary>
    private static Task WaitForCircuitAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.dataset.circuit === 'up'");

    /// <summary>The first time each sample page showed each SAP id (Unix ms), per page.</summary>
    public async Task<List<Dictionary<string, long>>> SeenAsync()
    {
        var seen = new List<Dictionary<string, long>>();
        foreach (var page in Samples)
        {
            try { seen.Add(await page.EvaluateAsync<Dictionary<string, long>>("() => window.__seen")); }
            catch (PlaywrightException) { seen.Add([]); }
        }
        return seen;
    }

    /// <summary>UI events on the first page, each timed from the user's action to the new total on screen:
    /// view switches (All ↔ Unassigned through the view select, from the click on the option, once the opened list
    /// stands still), and searches (the term filled at once, alternating between a term with one match and the empty
    /// box). Enter does not end the grid's 300 ms typing pause early (measured: the same times), so the search figure
    /// is reported with that pause taken off.</summary>
    public async Task<UiLatency> UiLatencyAsync(int repeats, string term)
    {
        var page = _pages[0];
        var total = page.Locator("[data-testid=orders-total]");
        var result = new UiLatency([], []);
        for (var i = 0; i < repeats; i++)
        {
            var name = i % 2 == 0 ? "Unassigned" : "All";
            await page.Locator("[data-testid=orders-view]").ClickAsync();
            var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = name }).First;
            await option.HoverAsync(); // waits until the list has finished opening
            result.ViewSwitch.Add(await TimeUntilTotalChangesAsync(page, total, () => option.ClickAsync(new() { Force = true })));
            await Task.Delay(300);
        }
        var box = page.GetByRole(AriaRole.Textbox, new() { Name = "Search orders" });
        for (var i = 0; i < repeats; i++)
        {
            result.Search.Add(await TimeUntilTotalChangesAsync(page, total, () => box.FillAsync(i % 2 == 0 ? term : "")) - SearchPauseMs);
            await Task.Delay(500);
        }
        // An odd count leaves the term in the box: clear it, so this page goes on seeing the stream's new orders.
        if (repeats % 2 == 1) await TimeUntilTotalChangesAsync(page, total, () => box.FillAsync(""));
        return result;
    }

    /// <summary>Navigations to the page in new tabs of the first signed-in context (<see cref="FirstPage"/>).</summary>
    public Task<List<FirstPageTiming>> FirstPageAsync(int repeats) =>
        _contexts.Count == 0 || _pages.Count == 0 ? Task.FromResult(new List<FirstPageTiming>()) : FirstPage.MeasureAsync(_pages[0].Context, options.Path, repeats);

    private static async Task<double> TimeUntilTotalChangesAsync(IPage page, ILocator total, Func<Task> act)
    {
        var before = await total.TextContentAsync();
        var sw = Stopwatch.StartNew();
        await act();
        try
        {
            await page.WaitForFunctionAsync(
                "before => { const t = document.querySelector('[data-testid=orders-total]')?.textContent ?? ''; return t !== before && !t.startsWith('Loading'); }",
                before, new() { PollingInterval = 5, Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            return double.NaN; // nothing changed (the same total): not counted
        }
        return sw.Elapsed.TotalMilliseconds;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            try { await context.CloseAsync(); } catch (PlaywrightException) { }
        }
        _contexts.Clear();
        _pages.Clear();
    }
}

/// <summary>UI event times in ms (NaN: the total did not change, not counted).</summary>
internal sealed record UiLatency(List<double> ViewSwitch, List<double> Search)
{
    public UiLatency Finite() => new(ViewSwitch.Where(double.IsFinite).ToList(), Search.Where(double.IsFinite).ToList());
}
