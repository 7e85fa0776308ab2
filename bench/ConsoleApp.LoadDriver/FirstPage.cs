using System.Text.Json;
using Microsoft.Playwright;

namespace ConsoleApp.LoadDriver;

/// <summary>One navigation to the Orders page, from the browser's own clock (ms since the navigation started).</summary>
internal sealed record FirstPageTiming(
    double ResponseStart, double FirstRowInDom, double FirstRowPainted, double CircuitUp, bool RowBeforeCircuit, long HtmlTransferBytes, long HtmlBytes);

/// <summary>
/// How soon the Orders page shows its first row after a navigation on a warm server: a new tab in a signed-in context
/// records, from before the document parses, when the first order link appears in the DOM, the frame that paints it,
/// and when the interactive circuit is up. A row found before the circuit came from the first HTML (prerendered).
/// </summary>
internal static class FirstPage
{
    /// <summary>Installed before any of the page's scripts run (an init script), so rows parsed from the HTML count.</summary>
    private const string RecorderScript = """
        (() => {
            const t = window.__firstPage = { row: null, painted: null, circuit: null };
            const look = () => {
                if (t.row === null && document.querySelector('a[href^="/orders?order="]')) {
                    t.row = performance.now();
                    requestAnimationFrame(() => setTimeout(() => { t.painted = performance.now(); }, 0));
                }
                if (t.circuit === null && document.documentElement.dataset.circuit === 'up') t.circuit = performance.now();
            };
            new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-circuit'] });
        })();
        """;

    private const string ReadScript = """
        () => {
            const t = window.__firstPage, nav = performance.getEntriesByType('navigation')[0];
            return { responseStart: nav.responseStart, row: t.row ?? -1, painted: t.painted ?? -1, circuit: t.circuit ?? -1,
                     transfer: nav.transferSize, body: nav.decodedBodySize };
        }
        """;

    /// <summary>Navigates <paramref name="repeats"/> times in new tabs of <paramref name="context"/> (already signed in).</summary>
    public static async Task<List<FirstPageTiming>> MeasureAsync(IBrowserContext context, string path, int repeats)
    {
        var timings = new List<FirstPageTiming>();
        for (var i = 0; i < repeats; i++)
        {
            var page = await context.NewPageAsync();
            try
            {
                await page.AddInitScriptAsync(RecorderScript);
                await page.GotoAsync(path);
                await page.WaitForFunctionAsync("() => window.__firstPage.painted !== null && window.__firstPage.circuit !== null");
                var r = await page.EvaluateAsync<JsonElement>(ReadScript);
                double At(string name) => r.GetProperty(name).GetDouble();
                var row = At("row");
                timings.Add(new FirstPageTiming(At("responseStart"), row, At("painted"), At("circuit"), row >= 0 && row < At("circuit"),
                    (long)At("transfer"), (long)At("body")));
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                Console.Error.WriteLine($"  a first-page navigation failed: {ex.Message.Split('\n')[0]}");
            }
            finally
            {
                await page.CloseAsync();
            }
            await Task.Delay(300);
        }
        return timings;
    }
}
