using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// The grid's pager (MudDataGridPager, unchanged in look and behaviour) that renders only when what it shows changed:
/// the page, the page size, the number of rows, its info text (exact or "more than") and whether it is disabled. MudDataGrid renders its pager, and with it the
/// pager's tool bar, texts and page-size select, up to three times for every load; after a live change that left the
/// page and the total as they were, that is about half of all the component renders the change costs each open page.
/// </summary>
public sealed class GridPager<T> : MudDataGridPager<T>
{
    private (int Page, int PageSize, int Rows, string? Info, bool Disabled)? _shown;

    private (int, int, int, string?, bool) Showing =>
        DataGrid is { } grid ? (grid.CurrentPage, grid.RowsPerPage, grid.GetFilteredItemsCount(), InfoFormat, Disabled) : (-1, 0, 0, InfoFormat, Disabled);

    protected override bool ShouldRender() => _shown != Showing;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        _shown = Showing;
        base.BuildRenderTree(builder);
    }
}
