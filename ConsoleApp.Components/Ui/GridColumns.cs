using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// The grid page's column declarations inside MudDataGrid, rendered again only when the page hands over new ones (the
/// page rendered). MudDataGrid renders its <c>Columns</c> on every render of its own, and each render sets every column's
/// parameters again (a cell template is a new delegate each time): after a live change, 12 column renders per open
/// Orders page that show nothing new. Cells read the page's state when they render, through the templates the columns
/// hold, so a column needs new parameters only when the page rendered; its shown or hidden state lives in the column.
/// </summary>
public sealed class GridColumns : ComponentBase
{
    [Parameter, EditorRequired] public RenderFragment? Content { get; set; }

    private RenderFragment? _rendered;

    protected override bool ShouldRender() => !ReferenceEquals(Content, _rendered);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        _rendered = Content;
        builder.AddContent(0, Content);
    }
}
