using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Live;
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

    /// <summary>The changes that make these rows stale (the page follows them itself). Set it on a live page: the grid
    /// then makes sure the page it took from the prerender is replaced if one of them was published before the page's
    /// own subscription could see it. May arrive after the first render (when the tenant is known).</summary>
    [Parameter] public LiveFeed? Live { get; set; }

    /// <summary>The first page loaded during the static prerender, persisted into the interactive render. Public only
    /// because persisted state must be; read once (the framework may supply the restored value again later).</summary>
    [PersistentState] public PrerenderedPage<T>? Prerendered { get; set; }

    private MudDataGrid<T>? _grid;
    private bool _prerendering;
    // Interactive render: the prerender's page until the first load takes it, its stamp, and whether the rows on screen
    // still are that page (true until the first real query).
    private PrerenderedPage<T>? _persisted;
    private LiveStamp? _persistedStamp;
    private bool _showingPersisted;
    private IDisposable? _catchUp;
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

    private string TotalText => _loading ? "Loading…"
        : _capped ? $"More than {_total:N0} {ItemsName} match; keep typing to narrow"
        : $"{_total:N0} {(_total == 1 ? ItemName : ItemsName)}";

    protected override async Task OnInitializedAsync()
    {
        _query = GridUrl.Parse(Navigation.Uri, PageSize);
        (_page, _pageSize, _urlSortPending, _urlPagePending) = (_query.Page, PageSize, _query.SortBy is not null, _query.Page > 0);
        if (!RendererInfo.IsInteractive) await PrerenderFirstPageAsync();
        else (_persisted, _persistedStamp, Prerendered) = (Prerendered, Prerendered?.Stamp, null);
    }

    protected override void OnParametersSet()
    {
        if (Live is { } live && _catchUp is null && _persistedStamp is { } stamp && (_persisted is not null || _showingPersisted))
        {
            // Subscribe first, then look back: a change published since the prerender read its page is either seen by
            // the check or delivered to the subscription.
            _catchUp = Notifier.Subscribe(live.Topic, live.Tenant, _ => InvokeAsync(DropPersistedAsync));
            if (Notifier.ChangedSince(stamp, live.Topic, live.Tenant)) _ = DropPersistedAsync();
        }
    }

    /// <summary>The prerendered page is stale: not taken yet, it never will be; on screen, the rows load again.</summary>
    private async Task DropPersistedAsync()
    {
        _persisted = null;
        if (_showingPersisted) await ReloadAsync();
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
        if (!_showingPersisted) EndCatchUp();
        return _showingPersisted ? persisted!.Result : null;
    }

    /// <summary>Rows came from the database in this circuit: from now on the page's own subscription keeps them current.</summary>
    private void EndCatchUp()
    {
        _catchUp?.Dispose();
        _catchUp = null;
        _persistedStamp = null;
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
        _loading = true;
        try
        {
            var result = TakePersisted(query) ?? await Load(ForServices(query), ct);
            (_query, _total, _capped, _error, _page) = (query, result.Total, result.TotalIsCapped, null, query.Page);
            WriteUrl();
            return new GridData<T> { Items = result.Items, TotalItems = result.Total };
        }
        catch (Exception ex) when (Feedback.IsUserFacing(ex))
        {
            (_query, _total, _capped, _error) = (query, 0, false, ex.Message);
            return new GridData<T> { Items = [], TotalItems = 0 };
        }
        finally
        {
            // The toolbar's count and status live outside the data grid: render them with the new rows.
            _loading = false;
            StateHasChanged();
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
        var uri = Navigation.GetUriWithQueryParameters(GridUrl.Parameters(_query, UrlParameters?.Invoke()));
        if (uri != Navigation.Uri) Navigation.NavigateTo(uri, replace: true);
    }

    public void Dispose()
    {
        _catchUp?.Dispose();
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
