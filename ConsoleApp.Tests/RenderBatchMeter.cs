// A measuring renderer stands where the circuit does, so it uses the render-tree types the framework keeps to itself.
#pragma warning disable BL0006
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsoleApp.Tests;

/// <summary>A renderer in the circuit's place (interactive, server) that encodes each render batch with the server's own
/// encoder (RenderBatchWriter: the body of a "JS.RenderBatch" message before SignalR framing and WebSocket compression)
/// and records its bytes; no DOM is kept, so it also serves to weigh a page's components on the heap.</summary>
public sealed class RenderBatchMeter(IServiceProvider services, TimeSpan? quiet = null) : Renderer(services, NullLoggerFactory.Instance)
{
    private static readonly Type WriterType =
        Type.GetType("Microsoft.AspNetCore.Components.Server.Circuits.RenderBatchWriter, Microsoft.AspNetCore.Components.Server", throwOnError: true)!;
    private static readonly MethodInfo Write = WriterType.GetMethod("Write")!;
    private readonly List<long> _bytes = [];
    private readonly HashSet<int> _live = [];
    private int _rendered;
    private int _edits;
    /// <summary>Set to a list to note, per batch, which components rendered ("MudDataGrid×1, HeaderCell×12").</summary>
    public List<string>? Trace { get; set; }
    private readonly TimeSpan _quiet = quiet ?? TimeSpan.FromMilliseconds(1500);
    private DateTime _last = DateTime.UtcNow;

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();
    protected override RendererInfo RendererInfo { get; } = new("Server", isInteractive: true);

    public Task<TComponent> RenderAsync<TComponent>() where TComponent : IComponent => Dispatcher.InvokeAsync(async () =>
    {
        var component = (TComponent)InstantiateComponent(typeof(TComponent));
        await RenderRootComponentAsync(AssignRootComponentId(component));
        return component;
    });

    /// <summary>Waits until no batch arrived for a while (loads and the grid's reloads are done).</summary>
    public async Task SettleAsync()
    {
        _last = DateTime.UtcNow;
        while (DateTime.UtcNow - _last < _quiet) await Task.Delay(50);
    }

    public List<long> TakeBytes()
    {
        lock (_bytes)
        {
            var taken = _bytes.ToList();
            _bytes.Clear();
            return taken;
        }
    }

    /// <summary>Components alive in this renderer now (each holds two render trees: the heap an open page pays per
    /// component).</summary>
    public int LiveComponents
    {
        get { lock (_bytes) return _live.Count; }
    }

    /// <summary>The live components by type, most first ("LiveCell" → 24): what an open page holds.</summary>
    public IReadOnlyList<(string Type, int Count)> Census()
    {
        lock (_bytes) return _live.Select(NameOf).GroupBy(n => n).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ToList();
    }

    private string NameOf(int componentId)
    {
        var state = typeof(Renderer).GetMethod("GetRequiredComponentState", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(this, [componentId]);
        var component = state!.GetType().GetProperty("Component")!.GetValue(state)!;
        return component.GetType().Name.Split('`')[0];
    }

    /// <summary>How many component renders the batches since the last call held (the CPU a change costs, in renders).</summary>
    public int TakeRenderedComponents()
    {
        lock (_bytes)
        {
            var rendered = _rendered;
            _rendered = 0;
            return rendered;
        }
    }

    /// <summary>How many DOM changes the batches since the last call held, not counting the steps in and out of elements
    /// that lead to them (0: the browser is sent nothing to change).</summary>
    public int TakeEdits()
    {
        lock (_bytes)
        {
            var edits = _edits;
            _edits = 0;
            return edits;
        }
    }

    /// <summary>Set to a dictionary to count the frames the batches carry, by kind ("&lt;td", "@class", "text", "markup"),
    /// with the characters of their strings: what a render message is made of.</summary>
    public Dictionary<string, (int Frames, long Chars)>? FrameStats { get; set; }

    protected override Task UpdateDisplayAsync(in RenderBatch batch)
    {
        lock (_bytes)
        {
            if (FrameStats is not null)
                for (var i = 0; i < batch.ReferenceFrames.Count; i++)
                {
                    var f = batch.ReferenceFrames.Array[i];
                    var (name, chars) = f.FrameType switch
                    {
                        RenderTreeFrameType.Attribute => ("@" + f.AttributeName, (f.AttributeValue as string)?.Length ?? 0),
                        RenderTreeFrameType.Element => ("<" + f.ElementName, 0),
                        RenderTreeFrameType.Text => ("text", f.TextContent.Length),
                        RenderTreeFrameType.Markup => ("markup", f.MarkupContent.Length),
                        _ => (f.FrameType.ToString(), 0),
                    };
                    FrameStats.TryGetValue(name, out var had);
                    FrameStats[name] = (had.Frames + 1, had.Chars + chars);
                }
            for (var i = 0; i < batch.UpdatedComponents.Count; i++)
            {
                var edits = batch.UpdatedComponents.Array[i].Edits;
                for (var e = 0; e < edits.Count; e++)
                    if (edits.Array[e].Type is not (RenderTreeEditType.StepIn or RenderTreeEditType.StepOut)) _edits++;
            }
            for (var i = 0; i < batch.UpdatedComponents.Count; i++) _live.Add(batch.UpdatedComponents.Array[i].ComponentId);
            for (var i = 0; i < batch.DisposedComponentIDs.Count; i++) _live.Remove(batch.DisposedComponentIDs.Array[i]);
            _rendered += batch.UpdatedComponents.Count;
            if (Trace is not null)
            {
                var names = new List<string>();
                for (var i = 0; i < batch.UpdatedComponents.Count; i++) names.Add(NameOf(batch.UpdatedComponents.Array[i].ComponentId));
                Trace.Add(string.Join(", ", names.GroupBy(n => n).Select(g => $"{g.Key}×{g.Count()}")));
            }
        }
        using var stream = new MemoryStream();
        using (var writer = (IDisposable)Activator.CreateInstance(WriterType, stream, true)!) Write.Invoke(writer, [batch]);
        lock (_bytes) _bytes.Add(stream.Length);
        _last = DateTime.UtcNow;
        return Task.CompletedTask;
    }

    protected override void HandleException(Exception exception) => throw exception;
}
