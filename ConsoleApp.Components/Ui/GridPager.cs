using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// The grid's pager (MudDataGridPager, unchanged in look and behaviour) that renders only when what it shows changed:
/// the page, the page size, the number of rows and whether it is disabled. MudDataGrid renders its pager, and with it the
/// pager's tool bar, texts and page-size select, up to three times for every load; after a live change that left the
/// page and the total as they were, that is about half of all the component renders the change costs each open page.
/// </summary>
public sealed class GridPager<T> : MudDataGridPager<T>
{
    private (int Page, int PageSize, int Rows, bool Disabled)? _shown;

    private (int, int, int, bool) Showing =>
        DataGrid is { } grid ? (grid.CurrentPage, grid.RowsPerPage, grid.GetFilteredItemsCount(), Disabled) : (-1, 0, 0, Disabled);

    protected override bool ShouldRender() => _shown != Showing;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        _shown = Showing;
        base.BuildRenderTree(builder);
    }
}
