using System.Collections.Concurrent;

namespace ConsoleApp.LoadDriver;

/// <summary>What a wire circuit answers to the server's JS interop calls: what a browser's call would return where the
/// caller needs a value to go on, otherwise null (a call that returns nothing, or a value the page can do without).
/// Identifiers without an answer are printed once, so a new one is noticed.</summary>
internal static class JsAnswers
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        // MudBlazor asks whether its script is loaded, how many popover providers the page has, and the window's size
        // (the driver's browsers are 800×600).
        ["window.hasOwnProperty"] = "true",
        ["mudpopoverHelper.countProviders"] = "1",
        ["mudResizeListener.getBrowserWindowSize"] = "{\"height\":600,\"width\":800}",
    };

    /// <summary>Calls seen on the console's pages whose result the caller does without (nothing, or an optional value).</summary>
    private static readonly HashSet<string> WithoutResult = new(StringComparer.Ordinal)
    {
        "partnerConsole.getPreference", "mudThemeProvider.watchDarkMode", "mudResizeListenerFactory.listenForResize",
        "mudPopover.initialize", "mudPopover.connect", "mudKeyInterceptor.connect", "mudKeyInterceptor.disconnect",
        "mudElementRef.getBoundingClientRect", "mudElementRef.addOnBlurEvent", "Blazor._internal.navigationManager.enableNavigationInterception",
        "Blazor._internal.domWrapper.focusBySelector", "Blazor._internal.attachWebRendererInterop",
        "Blazor._internal.PageTitle.getAndRemoveExistingTitle",
    };
    private static readonly ConcurrentDictionary<string, bool> Seen = new(StringComparer.Ordinal);

    public static string For(string identifier)
    {
        if (Known.TryGetValue(identifier, out var json)) return json;
        if (!WithoutResult.Contains(identifier) && Seen.TryAdd(identifier, true)) Console.Error.WriteLine($"  wire clients: JS call {identifier} answered with null");
        return "null";
    }
}
