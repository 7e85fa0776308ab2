using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// Static parts of a grid row (a status chip, a button's label, a check box's icon) as one markup frame each instead of
/// an element, its attributes and its text as frames of their own. Every open page builds, diffs and (for a new or
/// moved row) sends every frame of every row on each live change: a posted order moves all 25 rows of the page, which
/// the browser receives as new rows. Only parts without handlers can be markup; the same part's markup is built once
/// per process (up to <see cref="Limit"/> different ones, then built each time).
/// </summary>
public static class RowMarkup
{
    public const int Limit = 1000;
    private static readonly ConcurrentDictionary<(string Kind, string A, string? B, string? C, string? D), MarkupString> Built = new();

    /// <summary>The markup <paramref name="build"/> makes for this key, built once.</summary>
    public static MarkupString Cached(string kind, string a, string? b, string? c, string? d, Func<string, string?, string?, string?, string> build)
    {
        var key = (kind, a, b, c, d);
        if (Built.TryGetValue(key, out var built)) return built;
        var markup = new MarkupString(build(a, b, c, d));
        if (Built.Count < Limit) Built.TryAdd(key, markup);
        return markup;
    }

    /// <summary>Text for an element's content or a double-quoted attribute value (the framework's HTML encoding).</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>An attribute when it has a value (as Razor leaves out an attribute whose value is null).</summary>
    public static string Attribute(string name, string? value) => value is null ? "" : $" {name}=\"{Encode(value)}\"";
}
