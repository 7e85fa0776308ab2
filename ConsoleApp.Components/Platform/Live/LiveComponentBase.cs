using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;

namespace ConsoleApp.Components.Platform.Live;

/// <summary>
/// Base for components that show live data: <see cref="Watch"/> re-runs a reload on the circuit's
/// dispatcher and re-renders when a matching change is published; all subscriptions end with the component.
/// Each change is measured once, when the component has rendered again after its reload (<see cref="LiveMetrics"/>).
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly LivePendingRender _pending = new();

    [Inject] protected IChangeNotifier Notifier { get; set; } = default!;
    [Inject] private LiveMetrics Metrics { get; set; } = default!;

    /// <summary>True for a component whose reload only schedules the real one (a debounce that coalesces a burst):
    /// it calls <see cref="LiveRendered"/> once it has rendered the reloaded data.</summary>
    protected virtual bool ReloadsLater => false;

    protected void Watch(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> reload) => Watch(topic, tenant, reload, since: null);

    /// <summary>Like <see cref="Watch(LiveTopic, Tenant?, Func{ChangeEvent, Task})"/> for data read before this
    /// subscription (a prerendered page, read at <paramref name="since"/>): if a change arrived in between, the reload
    /// runs at once with a resync event, so nothing published before the subscription is missed.</summary>
    protected void Watch(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> reload, LiveStamp? since)
    {
        Func<ChangeEvent, Task> handler = change => InvokeAsync(async () =>
        {
            _pending.Received(change);
            await reload(change);
            // Outside a render batch (the dispatcher runs only this), the render happens here, synchronously.
            StateHasChanged();
            if (!ReloadsLater) LiveRendered();
        });
        _subscriptions.Add(Notifier.Subscribe(topic, tenant, handler));
        if (since is not null && Notifier.ChangedSince(since, topic, tenant))
            _ = handler(new ChangeEvent(topic, "", tenant ?? Tenant.None, ChangeEvent.ResyncAction));
    }

    /// <summary>The reloaded data has been rendered (call right after <c>StateHasChanged</c> on the dispatcher): the
    /// oldest change received since the last call is measured, once. Measured on the server, not after the
    /// browser's acknowledgement (OnAfterRender), so the figure does not depend on how fast the browsers are.</summary>
    protected void LiveRendered() => _pending.Rendered(Metrics);

    /// <summary>Like <see cref="Watch(LiveTopic, Tenant?, Func{ChangeEvent, Task})"/> for a component whose reload
    /// decides whether it shows anything new: it renders again only when <paramref name="reload"/> returns true (a page
    /// whose grid follows the feed itself need not render around it for every change).</summary>
    protected void WatchShown(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task<bool>> reload)
    {
        Func<ChangeEvent, Task> handler = change => InvokeAsync(async () =>
        {
            _pending.Received(change);
            if (await reload(change))
            {
                StateHasChanged();
                LiveRendered();
            }
            else _pending.Rendered(null); // nothing of this component changed: no render to measure
        });
        _subscriptions.Add(Notifier.Subscribe(topic, tenant, handler));
    }

    public virtual void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
        _subscriptions.Clear();
        GC.SuppressFinalize(this);
    }
}
