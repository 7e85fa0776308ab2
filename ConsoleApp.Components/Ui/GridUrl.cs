using System.Globalization;
using ConsoleApp.Components.Platform.Security;
using Microsoft.AspNetCore.WebUtilities;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// A grid's view in the address, so a copied link reproduces it: <c>q</c> (search), <c>sort</c> (a column name,
/// "-" in front for descending) and <c>page</c> (1-based, left out on the first page). Pages add their own
/// filters (e.g. <c>view</c>) next to these.
/// </summary>
public static class GridUrl
{
    public const string Search = "q";
    public const string Sort = "sort";
    public const string Page = "page";

    public static GridQuery Parse(string uri, int pageSize)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        var sort = Get(Sort);
        var descending = sort?.StartsWith('-') == true;
        var page = int.TryParse(Get(Page), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 1 ? Math.Min(p, MaxPage) - 1 : 0;
        return new GridQuery(CleanSearch(Get(Search)), descending ? sort![1..] : sort, descending, page, pageSize);
    }

    /// <summary>Beyond this a page number is nonsense (and page × size would overflow): the grid shows an empty page.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>
    /// A search as the services get it: trimmed, null when empty, control and bidirectional characters (from an
    /// address or a paste) replaced by U+FFFD. No stored value contains those characters, so such a search shows the
    /// page's normal "no match" state, and a database that refuses some of them in a parameter (PostgreSQL: NUL)
    /// never sees them.
    /// </summary>
    public static string? CleanSearch(string? search) =>
        string.IsNullOrWhiteSpace(search) ? null : WithoutUnsafe(search.Trim());

    /// <summary>The text with control and bidirectional characters replaced by U+FFFD (typed text keeps its spaces).</summary>
    public static string WithoutUnsafe(string text) =>
        !UnsafeText.HasUnsafe(text) ? text : string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = UnsafeText.IsUnsafe(source[i]) ? '\uFFFD' : source[i];
        });

    public static Dictionary<string, object?> Parameters(GridQuery query, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var parameters = new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>())
        {
            [Search] = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(),
            [Sort] = query.SortBy is null ? null : (query.Descending ? "-" : "") + query.SortBy,
            [Page] = query.Page > 0 ? query.Page + 1 : null,
        };
        return parameters;
    }
}
