using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// Runs work inside one render batch, so that the renders it asks for are made once, together. Outside an event
/// handler every StateHasChanged renders at once: the data grid's reload renders the grid when it starts loading, again
/// when the rows are there, and its pager in between, each a full render of the grid. A live reload whose rows are
/// already read (shared) runs through here: its renders are queued while this component renders and made after it, in
/// the same batch, so the grid renders once per change. Renders nothing itself.
/// </summary>
public sealed class RenderBatch : ComponentBase
{
    private Func<Task>? _work;
    private Task? _started;

    /// <summary>Starts <paramref name="work"/> within a render batch (on the circuit's dispatcher); what it does after
    /// its first await runs as usual. The task completes with the work.</summary>
    public Task RunAsync(Func<Task> work)
    {
        (_work, _started) = (work, null);
        StateHasChanged();
        var started = _started ?? work();
        (_work, _started) = (null, null);
        return started;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (_work is not { } work) return;
        _work = null;
        try
        {
            _started = work();
        }
        catch (Exception ex)
        {
            _started = Task.FromException(ex);
        }
    }
}
