using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace ConsoleApp.Components.Ui;

public partial class ServerGrid<T> : IDisposable
{
    private static readonly int[] PageSizes = [10, 25, 50, 100];

    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private FileDownloader Downloader { get; set; } = default!;
    [Inject] private Feedback Feedback { get; set; } = default!;
    [Inject] private IChangeNotifier Notifier { get; set; } = default!;
    [Inject] private SharedReads Reads { get; set; } = default!;
    [Inject] private LiveMetrics Metrics { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    /// <summary>Loads one page in the database; the grid passes search, sort and page.</summary>
    [Parameter, EditorRequired] public Func<GridQuery, CancellationToken, Task<GridResult<T>>> Load { get; set; } = default!;
    [Parameter, EditorRequired] public RenderFragment Columns { get; set; } = default!;
    /// <summary>Names the grid region for assistive technology, e.g. "Orders".</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";
    [Parameter] public string ItemName { get; set; } = "row";
    [Parameter] public string ItemsName { get; set; } = "rows";
    [Parameter] public string SearchLabel { get; set; } = "Search";
    [Parameter] public string? SearchHint { get; set; }
    /// <summary>Why the grid is empty for this query ("No orders match “x”.").</summary>
    [Parameter] public Func<GridQuery, string> EmptyText { get; set; } = _ => "Nothing to show.";
    /// <summary>The page's own filters, rendered in the toolbar (views, status, dates).</summary>
    [Parameter] public RenderFragment? Filters { get; set; }
    /// <summary>Extra toolbar buttons (bulk actions).</summary>
    [Parameter] public RenderFragment? Actions { get; set; }
    /// <summary>The page's own address parameters (read when the address is written), next to search, sort and page.</summary>
    [Parameter] public Func<IReadOnlyDictionary<string, object?>>? UrlParameters { get; set; }
    /// <summary>Makes the CSV of the current view; the grid downloads it and reports what was left out.</summary>
    [Parameter] public Func<GridQuery, Task<CsvFile>>? Export { get; set; }
    [Parameter] public EventCallback<T> RowClicked { get; set; }
    [Parameter] public Func<T, string?>? RowClassOf { get; set; }
    [Parameter] public int PageSize { get; set; } = 25;
    [Parameter] public int SearchDebounceMs { get; set; } = 300;
    /// <summary>The grid scrolls inside this height, so its header stays in view.</summary>
    [Parameter] public string Height { get; set; } = "var(--pc-grid-height)";
    [Parameter] public string? TotalTestId { get; set; }

    /// <summary>The changes that make these rows stale. Set it on a live page: the grid follows the feed itself and
    /// reloads its page on each change (a burst of changes costs at most one more load), sharing the read with every
    /// other circuit that shows the same query to a user of the same access (<see cref="SharedReads"/>); and it makes
    /// sure rows read before it subscribed (the prerendered page) are replaced if a change was published in between.
    /// May arrive after the first render (when the tenant is known). The page itself need not reload the grid.</summary>
    [Parameter] public LiveFeed? Live { get; set; }

    /// <summary>Live reloads share one read per query and access (see <see cref="Live"/>). That is right only when the
    /// rows depend on nothing but the user's access, the grid's query and <see cref="UrlParameters"/>; a page whose
    /// loader reads other state turns it off.</summary>
    [Parameter] public bool ShareLiveReads { get; set; } = true;

    /// <summary>The first page loaded during the static prerender, persisted into the interactive render. Public only
    /// because persisted state must be; read once (the framework may supply the restored value again later).</summary>
    [PersistentState] public PrerenderedPage<T>? Prerendered { get; set; }

    private MudDataGrid<T>? _grid;
    private GridTotal? _totalView;
    private RenderBatch? _batch;
    private bool _prerendering;
    // Interactive render: the prerender's page until the first load takes it, its stamp, and whether the rows on screen
    // still are that page (true until the first real query).
    private PrerenderedPage<T>? _persisted;
    private bool _showingPersisted;
    // When the rows on screen were read (the prerender's stamp, then each load's), to catch up on subscribing late.
    private LiveStamp? _rowsStamp;
    private bool _disposed;
    // The changes the next live reload answers: the oldest is measured once the grid has its rows (LiveMetrics).
    private readonly LivePendingRender _pendingRender = new();
    private bool _loadStarted;
    // The grid's own subscription to Live, and its reload: one at a time, with at most one more queued behind it.
    private LiveFeed? _followed;
    private IDisposable? _liveSubscription;
    private bool _liveReloading;
    private bool _liveAgain;
    private ReadAccess? _access;
    // The page on screen, and a live reload's page read ahead of the grid's own load (taken by that load).
    private GridResult<T>? _shown;
    private (GridQuery Query, GridResult<T> Result, LiveStamp Stamp)? _prefetched;
    private GridQuery _query = new();
    private int _page;
    private int _pageSize;
    private bool _urlSortPending;
    private bool _urlPagePending;
    private bool _loading = true;
    private bool _exporting;
    private int _total;
    private bool _capped;
    private string? _error;

    /// <summary>The query of the rows on screen (search, sort, page).</summary>
    public GridQuery Query => _query;

    // Capped without a search: a big view counted only so far (narrowing is not asked for; paging goes on).
    private string TotalText => _loading ? "Loading…"
        : _capped && string.IsNullOrWhiteSpace(_query.Search) ? $"More than {_total:N0} {ItemsName}"
        : _capped ? $"More than {_total:N0} {ItemsName} match; keep typing to narrow"
        : $"{_total:N0} {(_total == 1 ? ItemName : ItemsName)}";

    // A capped total is where counting stopped: the pager says so too (its next page stays available).
    private string PagerInfo => _capped ? "{first_item}-{last_item} of more than {all_items}" : "{first_item}-{last_item} of {all_items}";

    protected override async Task OnInitializedAsync()
    {
        _query = GridUrl.Parse(Navigation.Uri, PageSize);
        (_page, _pageSize, _urlSortPending, _urlPagePending) = (_query.Page, PageSize, _query.SortBy is not null, _query.Page > 0);
        if (!RendererInfo.IsInteractive) await PrerenderFirstPageAsync();
        else (_persisted, _rowsStamp, Prerendered) = (Prerendered, Prerendered?.Stamp, null);
    }

    protected override void OnParametersSet()
    {
        if (!RendererInfo.IsInteractive || Live == _followed) return;
        _liveSubscription?.Dispose();
        (_followed, _liveSubscription) = (Live, null);
        if (Live is not { } live) return;
        // Subscribe first, then look back: a change published since the rows on screen (or the prerendered page not
        // taken yet) were read is either seen by the check or delivered to the subscription.
        _liveSubscription = Notifier.Subscribe(live.Topic, live.Tenant, change =>
        {
            _pendingRender.Received(change);
            return InvokeAsync(OnLiveChangeAsync);
        });
        if (_rowsStamp is { } stamp && Notifier.ChangedSince(stamp, live.Topic, live.Tenant)) _ = OnLiveChangeAsync();
    }

    /// <summary>A change of the followed feed (on the circuit's dispatcher). Before the first load the prerendered page
    /// is only dropped (that load then queries); afterwards the page is read again (shared, see <see cref="ReadAsync"/>)
    /// and the grid renders only if the rows or the total differ from those on screen: a change elsewhere costs this
    /// circuit no render at all. Changes that arrive during a reload make one more after it, so a burst costs two
    /// reads at most and nothing published is missed.</summary>
    private async Task OnLiveChangeAsync()
    {
        _persisted = null;
        if (!_loadStarted)
        {
            _pendingRender.Rendered(null); // the first load, still to come, reads after it
            return;
        }
        if (_liveReloading)
        {
            _liveAgain = true;
            return;
        }
        _liveReloading = true;
        try
        {
            do
            {
                _liveAgain = false;
                await LiveReloadAsync();
            }
            while (_liveAgain);
            // Rendered (or found unchanged, which needs no render): the change has reached this circuit's screen.
            _pendingRender.Rendered(Metrics);
        }
        finally
        {
            (_liveReloading, _prefetched) = (false, null);
        }
    }

    private async Task LiveReloadAsync()
    {
        var query = _query;
        var stamp = Notifier.Stamp();
        GridResult<T> result;
        try
        {
            result = await ReadAsync(query, live: true, CancellationToken.None);
        }
        catch (Exception ex) when (Feedback.IsUserFacing(ex))
        {
            // The grid's own load shows the message.
            await ReloadAsync();
            return;
        }
        if (query == _query && _shown is { } shown && SameRows(shown, result))
        {
            _rowsStamp = stamp;
            return;
        }
        _prefetched = (query, result, stamp);
        // The rows are read: the grid's reload takes them without waiting, so its renders can be made in one batch.
        if (_batch is not null && _grid is not null) await _batch.RunAsync(_grid.ReloadServerData);
        else await ReloadAsync();
    }

    private static bool SameRows(GridResult<T> a, GridResult<T> b) =>
        a.Total == b.Total && a.TotalIsCapped == b.TotalIsCapped && a.Items.SequenceEqual(b.Items);

    /// <summary>The live reload's page, when the grid's load asks for the very query it was read for.</summary>
    private (GridResult<T> Result, LiveStamp Stamp)? TakePrefetched(GridQuery query)
    {
        var prefetched = _prefetched;
        _prefetched = null;
        return prefetched is { } p && p.Query == query ? (p.Result, p.Stamp) : null;
    }

    /// <summary>Loads the page the address asks for, so the first HTML already shows its rows (not "Loading…").</summary>
    private async Task PrerenderFirstPageAsync()
    {
        // The prerendered grid holds just this page as its items, so it shows them as its first page.
        (_prerendering, _page) = (true, 0);
        try
        {
            // Before the query: whatever is published from here on may be missing from this page.
            var stamp = Notifier.Stamp();
            var result = await Load(ForServices(_query), CancellationToken.None);
            Prerendered = new PrerenderedPage<T>(_query, result, stamp);
            (_total, _capped, _error) = (result.Total, result.TotalIsCapped, null);
        }
        catch (Exception ex) when (Feedback.IsUserFacing(ex))
        {
            _error = ex.Message;
        }
        _loading = false;
    }

    /// <summary>The prerender's page, once, when the interactive render's first load asks for that very page.</summary>
    private GridResult<T>? TakePersisted(GridQuery query)
    {
        var persisted = _persisted;
        _persisted = null;
        _showingPersisted = persisted is not null && persisted.Query == query;
        return _showingPersisted ? persisted!.Result : null;
    }

    /// <summary>Reads a page: a live reload through <see cref="SharedReads"/> (one read for every circuit showing this
    /// query to the same access), anything else (paging, search, the page's own reloads) on its own.</summary>
    private async Task<GridResult<T>> ReadAsync(GridQuery query, bool live, CancellationToken ct)
    {
        var forServices = ForServices(query);
        if (!live || !ShareLiveReads || Live is not { } feed) return await Load(forServices, ct);
        _access ??= ReadAccess.Of(await CurrentUser.GetAsync());
        try
        {
            // Not cancelled with this grid: other circuits may be waiting for the same read.
            return await Reads.ReadAsync(new SharedReadKey(QueryIdentity(query), feed, _access.Value), () => Load(forServices, CancellationToken.None));
        }
        catch (Exception ex) when (!Feedback.IsUserFacing(ex))
        {
            // The circuit whose loader ran the shared read may have closed under it: read on our own.
            return await Load(forServices, ct);
        }
    }

    /// <summary>What the rows depend on besides the user's access: this grid on this page, its search, sort and page, and
    /// the page's own filters (the address parameters).</summary>
    private string QueryIdentity(GridQuery query)
    {
        var extra = UrlParameters?.Invoke() ?? new Dictionary<string, object?>();
        var filters = string.Join("&", extra.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")}"));
        return $"{typeof(T).FullName}\n{Label}\n{new Uri(Navigation.Uri).AbsolutePath}\n{query}\n{filters}";
    }

    private async Task<GridData<T>> LoadAsync(GridState<T> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        // A sort from the address holds until the user sorts by a column themselves.
        if (sort is not null) _urlSortPending = false;
        var (sortBy, descending) = sort is not null ? (sort.SortBy, sort.Descending)
            : _urlSortPending ? (_query.SortBy, _query.Descending) : (null, false);
        // Likewise the page from the address, for the first load only (the grid starts on its first page).
        var page = _urlPagePending ? _query.Page : state.Page;
        _urlPagePending = false;
        var query = _query with { SortBy = sortBy, Descending = descending, Page = page, PageSize = state.PageSize };
        (_loading, _loadStarted) = (true, true);
        var (errorBefore, pageBefore, liveRows) = (_error, _page, false);
        try
        {
            var stamp = Notifier.Stamp();
            var result = TakePersisted(query);
            if (result is null && TakePrefetched(query) is { } prefetched) (result, stamp, liveRows) = (prefetched.Result, prefetched.Stamp, true);
            result ??= await ReadAsync(query, live: false, ct);
            if (!_showingPersisted) _rowsStamp = stamp;
            _shown = result;
            (_query, _total, _capped, _error, _page) = (query, result.Total, result.TotalIsCapped, null, query.Page);
            WriteUrl();
            return new GridData<T> { Items = result.Items, TotalItems = result.Total };
        }
        catch (Exception ex) when (Feedback.IsUserFacing(ex))
        {
            (_query, _total, _capped, _error, _shown) = (query, 0, false, ex.Message, null);
            return new GridData<T> { Items = [], TotalItems = 0 };
        }
        finally
        {
            _loading = false;
            // A live reload changes only the rows, which the data grid renders itself, and perhaps the count: render just
            // the count. Rendering this component would render the whole data grid (header, columns, pager, every row)
            // once more on every open page for every change. Anything else (an error, a page from the address, the
            // first load) renders the toolbar's count and status with the new rows.
            if (liveRows && _error is null && errorBefore is null && _page == pageBefore && _totalView is not null) _totalView.Refresh();
            else StateHasChanged();
        }
    }

    /// <summary>Loads the rows again: after a live change (same page) or a filter change (<paramref name="firstPage"/>).</summary>
    public async Task ReloadAsync(bool firstPage = false)
    {
        if (_grid is null) return;
        if (firstPage && _page != 0) _grid.NavigateTo(MudBlazor.Page.First);
        else await _grid.ReloadServerData();
    }

    /// <summary>Typed (or pasted) control characters stay in the box as typed; the services get U+FFFD instead, which
    /// matches nothing (the "no match" state) and which every database accepts.</summary>
    private static GridQuery ForServices(GridQuery query) =>
        query.Search is null ? query : query with { Search = GridUrl.WithoutUnsafe(query.Search) };

    private async Task OnSearchChangedAsync(string? search)
    {
        _query = _query with { Search = string.IsNullOrWhiteSpace(search) ? null : search };
        await ReloadAsync(firstPage: true);
    }

    /// <summary>Keeps the address a shareable link to what is on screen, without adding history entries.</summary>
    private void WriteUrl()
    {
        // A load that finishes after the user has left this grid (a link clicked while a search was still running)
        // must not take the address back.
        if (_disposed) return;
        var uri = Navigation.GetUriWithQueryParameters(GridUrl.Parameters(_query, UrlParameters?.Invoke()));
        if (uri != Navigation.Uri) Navigation.NavigateTo(uri, replace: true);
    }

    public void Dispose()
    {
        _disposed = true;
        _liveSubscription?.Dispose();
        GC.SuppressFinalize(this);
    }

    private void ShowColumns(MouseEventArgs args) => _grid?.ShowColumnsPanel(args);

    private async Task ExportAsync()
    {
        if (Export is null) return;
        _exporting = true;
        await Feedback.RunAsync(async () =>
        {
            var file = await Export(ForServices(_query));
            await Downloader.DownloadAsync(file.FileName, file.Content);
            if (file.Warning is not null) Feedback.Warning(file.Warning);
        });
        _exporting = false;
    }

    private Task OnRowClickAsync(DataGridRowClickEventArgs<T> args) =>
        RowClicked.HasDelegate ? RowClicked.InvokeAsync(args.Item) : Task.CompletedTask;

    private string RowClass(T item, int index) => RowClassOf?.Invoke(item) ?? "";
}
