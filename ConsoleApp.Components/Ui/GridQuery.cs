using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;

namespace ConsoleApp.Components.Ui;

/// <summary>What a server-paged grid asks its page for: the search, one sort column and the page (zero-based).</summary>
public sealed record GridQuery(string? Search = null, string? SortBy = null, bool Descending = false, int Page = 0, int PageSize = 25)
{
    public PageRequest ToPageRequest() => new(Page * PageSize, PageSize, SortBy, Descending);

    /// <summary>The same view from its first row, for exports.</summary>
    public PageRequest AllRows(int max) => new(0, max, SortBy, Descending);
}

/// <summary>One page of rows and the total. <see cref="TotalIsCapped"/>: more than <see cref="Total"/> match.</summary>
public sealed record GridResult<T>(IReadOnlyList<T> Items, int Total, bool TotalIsCapped = false)
{
    public static GridResult<T> From(PagedResult<T> page) => new(page.Items, page.Total);
}

/// <summary>A CSV made of the grid's current view. <see cref="Warning"/> tells the user what was left out.</summary>
public sealed record CsvFile(string FileName, byte[] Content, string? Warning = null);

/// <summary>The first page as the prerender loaded it, carried into the interactive render so it need not query again;
/// <see cref="Stamp"/> was taken before the query, so changes published since are known (see LiveStamp).</summary>
public sealed record PrerenderedPage<T>(GridQuery Query, GridResult<T> Result, LiveStamp Stamp);
