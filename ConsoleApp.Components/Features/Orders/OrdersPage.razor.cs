using ConsoleApp.Components.Layout;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The Orders page: views and search live in the URL (<c>/orders?view=unassigned&amp;q=...</c>), <c>?order={id}</c>
/// opens that order's details. Any "orders" change of the partner (assignment, new order, expiry crossing)
/// reloads the visible page of the grid and the open panel, coalesced so a burst of changes costs one query.
/// </summary>
public partial class OrdersPage
{
    [Inject] private OrderService Orders { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private FileDownloader Downloader { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "view")] public string? ViewParameter { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? SearchParameter { get; set; }
    [SupplyParameterFromQuery(Name = "order")] public int? OrderParameter { get; set; }

    private static readonly IReadOnlyList<ViewChoice> ViewChoices =
        [new(OrderView.All, "All"), new(OrderView.Unassigned, "Unassigned"), new(OrderView.Expiring, "Expiring")];

    private RadzenDataGrid<OrderRow>? _grid;
    // Null until the first load: Radzen's grid asks LoadData for its first page only while Data is null.
    private IReadOnlyList<OrderRow>? _rows;
    private int _total;
    private bool _totalCapped;
    private bool _loading = true;
    private OrderView _view;
    private string? _search;
    private LoadDataArgs _lastArgs = new() { Skip = 0, Top = 25 };
    private readonly Dictionary<int, OrderRow> _selected = [];
    private IReadOnlyList<OrderRow>? _assigning;
    private int _assignKey;
    private bool _detailsOpen;
    private OrderRow? _details;
    private readonly Debouncer _searchDebounce = new(TimeSpan.FromMilliseconds(250));
    private readonly Debouncer _liveDebounce = new(TimeSpan.FromMilliseconds(150));

    private string EmptyText => string.IsNullOrWhiteSpace(_search)
        ? _view switch { OrderView.Unassigned => "No orders wait for an account.", OrderView.Expiring => "No unassigned orders expire soon.", _ => "No orders yet." }
        : $"No orders match “{_search}”.";

    protected override async Task OnInitializedAsync()
    {
        var user = await CurrentUser.GetAsync();
        // Subscribe before the first load so a change made in between is not missed.
        if (user.PartnerId is { } partnerId) Watch(OrderTopics.Orders, Tenant.Partner(partnerId), OnOrderChangedAsync);
    }

    protected override async Task OnParametersSetAsync()
    {
        var view = OrderStatusRules.ParseView(ViewParameter);
        var search = SearchParameter?.Trim() ?? "";
        if (view != _view || search != (_search?.Trim() ?? ""))
        {
            _view = view;
            _search = search;
            _selected.Clear();
            if (_grid is not null) await _grid.FirstPage(true);
        }
        if (OrderParameter is { } id && (!_detailsOpen || _details?.Id != id)) await ShowDetailsAsync(id);
        else if (OrderParameter is null && _detailsOpen) _detailsOpen = false;
    }

    private OrderQuery Query => new(_view, _search);

    private async Task LoadAsync(LoadDataArgs args)
    {
        _lastArgs = args;
        _loading = true;
        var sort = args.Sorts?.FirstOrDefault();
        var result = await Orders.SearchAsync(Query, new PageRequest(args.Skip ?? 0, args.Top ?? 25, sort?.Property, sort?.SortOrder == SortOrder.Descending));
        _rows = result.Items;
        _total = result.Total;
        _totalCapped = result.TotalIsCapped;
        _loading = false;
    }

    private void OnSearchInput(ChangeEventArgs e)
    {
        _search = e.Value?.ToString();
        _searchDebounce.Run(() => InvokeAsync(async () =>
        {
            _selected.Clear();
            UpdateUrl();
            if (_grid is not null) await _grid.FirstPage(true);
            StateHasChanged();
        }));
    }

    private async Task ChangeViewAsync(OrderView view)
    {
        _view = view;
        _selected.Clear();
        UpdateUrl();
        if (_grid is not null) await _grid.FirstPage(true);
    }

    /// <summary>Keeps the address bar a shareable link to what is on screen, without adding history entries.</summary>
    private void UpdateUrl()
    {
        var uri = Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["view"] = _view == OrderView.All ? null : OrderStatusRules.ViewName(_view),
            ["q"] = string.IsNullOrWhiteSpace(_search) ? null : _search.Trim(),
            ["order"] = _detailsOpen && _details is not null ? _details.Id : null,
        });
        Navigation.NavigateTo(uri, forceLoad: false, replace: true);
    }

    private async Task OnOrderChangedAsync(ChangeEvent change)
    {
        if (change.IsResync)
        {
            // Changes may have been missed while the cross-instance feed was down: reload what is open.
            if (_details is not null) _details = await Orders.GetAsync(_details.Id);
        }
        else
        {
            if (!int.TryParse(change.EntityId, out var id)) return;
            if (_details?.Id == id) _details = await Orders.GetAsync(id);
            if (_assigning is not null && _assigning.Any(o => o.Id == id))
            {
                var refreshed = new List<OrderRow>();
                foreach (var o in _assigning) refreshed.Add(o.Id == id ? await Orders.GetAsync(id) ?? o : o);
                _assigning = refreshed;
            }
            if (_selected.ContainsKey(id) && await Orders.GetAsync(id) is { CanBeAssigned: false }) _selected.Remove(id);
        }
        _liveDebounce.Run(() => InvokeAsync(async () =>
        {
            if (_grid is null) return;
            await LoadAsync(_lastArgs);
            StateHasChanged();
        }));
    }

    private void ToggleSelected(OrderRow row, bool selected)
    {
        if (selected) _selected[row.Id] = row;
        else _selected.Remove(row.Id);
    }

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
        Notifications.Notify(NotificationSeverity.Success, "Assigned", message, TimeSpan.FromSeconds(5));
        if (_detailsOpen && _details is not null && ids.Contains(_details.Id)) _details = await Orders.GetAsync(_details.Id);
        await LoadAsync(_lastArgs);
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

    private Task CloseDetailsAsync()
    {
        _detailsOpen = false;
        _details = null;
        UpdateUrl();
        return Task.CompletedTask;
    }

    private async Task ExportAsync()
    {
        var sort = _lastArgs.Sorts?.FirstOrDefault();
        var (csv, rows, truncated) = await Orders.ExportCsvAsync(Query, new PageRequest(0, OrderService.MaxExportRows, sort?.Property, sort?.SortOrder == SortOrder.Descending));
        await Downloader.DownloadAsync($"orders-{OrderStatusRules.ViewName(_view)}-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv", csv);
        if (truncated)
            Notifications.Notify(NotificationSeverity.Warning, "Export limited", $"The first {rows:N0} orders were exported; narrow the search to export the rest.", TimeSpan.FromSeconds(8));
    }

    public override void Dispose()
    {
        _searchDebounce.Dispose();
        _liveDebounce.Dispose();
        base.Dispose();
    }

    private sealed record ViewChoice(OrderView Value, string Text);
}
