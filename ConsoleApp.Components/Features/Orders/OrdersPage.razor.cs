using System.Globalization;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;
using Microsoft.AspNetCore.Components;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The Orders page: view, search, sort and page live in the URL (<c>/orders?view=unassigned&amp;q=...</c>),
/// <c>?order={id}</c> opens that order's details. Any "orders" change of the partner (assignment, new order, expiry
/// crossing) reloads the visible page of the grid (the grid follows the feed itself, sharing the read with the other
/// open Orders pages of the same query, see ServerGrid) and, when it concerns them, the open panel and the selection.
/// </summary>
public partial class OrdersPage
{
    [Inject] private OrderService Orders { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private Feedback Feedback { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "view")] public string? ViewParameter { get; set; }
    /// <summary>Text, not int: the framework fails the whole page on <c>?order=abc</c>; here any value that is not an
    /// order id of this partner shows the panel's "not found".</summary>
    [SupplyParameterFromQuery(Name = "order")] public string? OrderParameter { get; set; }
    [SupplyParameterFromQuery(Name = OrderFilterNames.ExpiresFrom)] public string? ExpiresFromParameter { get; set; }
    [SupplyParameterFromQuery(Name = OrderFilterNames.ExpiresTo)] public string? ExpiresToParameter { get; set; }
    [SupplyParameterFromQuery(Name = OrderFilterNames.PurchasedFrom)] public string? PurchasedFromParameter { get; set; }
    [SupplyParameterFromQuery(Name = OrderFilterNames.PurchasedTo)] public string? PurchasedToParameter { get; set; }
    [SupplyParameterFromQuery(Name = OrderFilterNames.Assigned)] public string? AssignedParameter { get; set; }
    [SupplyParameterFromQuery(Name = OrderFilterNames.Product)] public string? ProductParameter { get; set; }

    private ServerGrid<OrderRow>? _grid;
    private LiveFeed? _live;
    private OrderView _view;
    private bool _viewRead;
    /// <summary>The address's filters (dates, assigned, product) without view and search.</summary>
    private OrderQuery _filter = new();
    private readonly Dictionary<int, OrderRow> _selected = [];
    private IReadOnlyList<OrderRow>? _assigning;
    private int _assignKey;
    private bool _detailsOpen;
    private OrderRow? _details;
    private RowHandlers<int>? _openDetails;
    private RowHandlers<OrderRow>? _toggleSelected;
    private RowHandlers<OrderRow>? _assign;

    /// <summary>The SAP id links' handler, one per order id and the same on every render, so a reload leaves an unchanged
    /// row's link as it is (a new delegate each render would re-register every row's handler).</summary>
    private RowHandlers<int> OpenDetails => _openDetails ??= new RowHandlers<int>(OpenDetailsAsync);

    /// <summary>The rows' check boxes and Assign buttons (markup, RowControls): one handler per row, the same on every
    /// render (a changed row is a new record and gets its own).</summary>
    private RowHandlers<OrderRow> ToggleSelected => _toggleSelected ??= new RowHandlers<OrderRow>(row =>
    {
        if (!_selected.Remove(row.Id)) _selected[row.Id] = row;
        return Task.CompletedTask;
    });

    private RowHandlers<OrderRow> Assign => _assign ??= new RowHandlers<OrderRow>(row =>
    {
        OpenAssign(row);
        return Task.CompletedTask;
    });

    private string EmptyText(GridQuery query) => query.Search is null
        ? _view switch { OrderView.Unassigned => "No orders wait for an account.", OrderView.Expiring => "No unassigned orders expire soon.", _ => "No orders yet." }
        : $"No orders match “{query.Search}”.";

    protected override async Task OnInitializedAsync()
    {
        // Read the view before the first await: the grid may render (and prerender its first page) while this waits.
        (_view, _viewRead) = (OrderStatusRules.ParseView(ViewParameter), true);
        var user = await CurrentUser.GetAsync();
        // The grid follows the feed itself; the page follows it for the open panel and the selection.
        if (user.PartnerId is { } partnerId)
        {
            _live = new LiveFeed(OrderTopics.Orders, Tenant.Partner(partnerId));
            WatchShown(OrderTopics.Orders, Tenant.Partner(partnerId), OnOrderChangedAsync);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        var view = OrderStatusRules.ParseView(ViewParameter);
        var filter = OrderFilterNames.Parse(ExpiresFromParameter, ExpiresToParameter, PurchasedFromParameter, PurchasedToParameter, AssignedParameter, ProductParameter);
        if (!_viewRead || view != _view || filter != _filter)
        {
            var changed = _viewRead;
            (_view, _filter, _viewRead) = (view, filter, true);
            _selected.Clear();
            if (changed && _grid is not null) await _grid.ReloadAsync(firstPage: true);
        }
        if (string.IsNullOrEmpty(OrderParameter))
        {
            if (_detailsOpen) _detailsOpen = false;
        }
        else if (!int.TryParse(OrderParameter, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) ShowNotFound();
        else if (!_detailsOpen || _details?.Id != id) await ShowDetailsAsync(id);
    }

    private async Task<GridResult<OrderRow>> LoadAsync(GridQuery query, CancellationToken ct)
    {
        var page = await Orders.SearchAsync(_filter with { View = _view, Search = query.Search }, query.ToPageRequest(), ct);
        return new GridResult<OrderRow>(page.Items, page.Total, page.TotalIsCapped);
    }

    private IReadOnlyDictionary<string, object?> UrlParameters() => new Dictionary<string, object?>(OrderFilterNames.Parameters(_filter))
    {
        ["view"] = _view == OrderView.All ? null : OrderStatusRules.ViewName(_view),
        ["order"] = _detailsOpen && _details is not null ? _details.Id : null,
    };

    private async Task ClearFilterAsync()
    {
        _filter = new OrderQuery();
        _selected.Clear();
        if (_grid is not null) await _grid.ReloadAsync(firstPage: true);
    }

    private async Task ChangeViewAsync(OrderView view)
    {
        _view = view;
        _selected.Clear();
        if (_grid is not null) await _grid.ReloadAsync(firstPage: true);
    }

    /// <summary>Keeps the address a shareable link to what is on screen, without adding history entries.</summary>
    private void UpdateUrl() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(UrlParameters()), forceLoad: false, replace: true);

    /// <summary>The open panel and the selection after a change; true when something the page shows (outside the
    /// grid, which reloads itself) changed, so an unrelated order costs this page neither a query nor a render.</summary>
    private async Task<bool> OnOrderChangedAsync(ChangeEvent change)
    {
        if (change.IsResync)
        {
            // Changes may have been missed while the cross-instance feed was down: reload what is open.
            if (_details is null) return false;
            _details = await Orders.GetAsync(_details.Id);
            return true;
        }
        if (!int.TryParse(change.EntityId, out var id)) return false;
        var shown = false;
        if (_details?.Id == id)
        {
            _details = await Orders.GetAsync(id);
            shown = true;
        }
        if (_assigning is not null && _assigning.Any(o => o.Id == id))
        {
            var refreshed = new List<OrderRow>();
            foreach (var o in _assigning) refreshed.Add(o.Id == id ? await Orders.GetAsync(id) ?? o : o);
            _assigning = refreshed;
            shown = true;
        }
        if (_selected.ContainsKey(id) && await Orders.GetAsync(id) is { CanBeAssigned: false })
        {
            _selected.Remove(id);
            shown = true;
        }
        return shown;
    }

    private string? RowClass(OrderRow row) => _selected.ContainsKey(row.Id) ? "pc-row-selected" : null;

    private void OpenAssign(OrderRow row) => ShowAssignPanel([row]);

    private void OpenBulkAssign() => ShowAssignPanel(_selected.Values.OrderBy(r => r.SapOrderId, StringComparer.Ordinal).ToList());

    private void ShowAssignPanel(IReadOnlyList<OrderRow> rows)
    {
        _assigning = rows;
        _assignKey++;
    }

    private void CloseAssign() => _assigning = null;

    private async Task OnAssignedAsync(string message)
    {
        var ids = _assigning?.Select(o => o.Id).ToList() ?? [];
        _assigning = null;
        foreach (var id in ids) _selected.Remove(id);
        Feedback.Success(message);
        if (_detailsOpen && _details is not null && ids.Contains(_details.Id)) _details = await Orders.GetAsync(_details.Id);
        if (_grid is not null) await _grid.ReloadAsync();
    }

    private async Task OpenDetailsAsync(int id)
    {
        await ShowDetailsAsync(id);
        UpdateUrl();
    }

    private async Task ShowDetailsAsync(int id)
    {
        _assigning = null;
        _details = await Orders.GetAsync(id);
        _detailsOpen = true;
    }

    private void ShowNotFound()
    {
        _assigning = null;
        _details = null;
        _detailsOpen = true;
    }

    private Task CloseDetailsAsync()
    {
        _detailsOpen = false;
        _details = null;
        UpdateUrl();
        return Task.CompletedTask;
    }

    private async Task<CsvFile> ExportAsync(GridQuery query)
    {
        var (csv, rows, truncated) = await Orders.ExportCsvAsync(_filter with { View = _view, Search = query.Search }, query.AllRows(OrderService.MaxExportRows));
        return new CsvFile($"orders-{OrderStatusRules.ViewName(_view)}-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv", csv,
            truncated ? $"The first {rows:N0} orders were exported; narrow the search to export the rest." : null);
    }

}
