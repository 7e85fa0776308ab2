using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;

namespace ConsoleApp.Components.Platform.Live;

/// <summary>
/// Base for components that show live data: <see cref="Watch"/> re-runs a reload on the circuit's
/// dispatcher and re-renders when a matching change is published; all subscriptions end with the component.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];

    [Inject] protected IChangeNotifier Notifier { get; set; } = default!;

    protected void Watch(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> reload) => Watch(topic, tenant, reload, since: null);

    /// <summary>Like <see cref="Watch(LiveTopic, Tenant?, Func{ChangeEvent, Task})"/> for data read before this
    /// subscription (a prerendered page, read at <paramref name="since"/>): if a change arrived in between, the reload
    /// runs at once with a resync event, so nothing published before the subscription is missed.</summary>
    protected void Watch(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> reload, LiveStamp? since)
    {
        Func<ChangeEvent, Task> handler = change => InvokeAsync(async () =>
        {
            await reload(change);
            StateHasChanged();
        });
        _subscriptions.Add(Notifier.Subscribe(topic, tenant, handler));
        if (since is not null && Notifier.ChangedSince(since, topic, tenant))
            _ = handler(new ChangeEvent(topic, "", tenant ?? Tenant.None, ChangeEvent.ResyncAction));
    }

    /// <summary>Like <see cref="Watch(LiveTopic, Tenant?, Func{ChangeEvent, Task})"/> for a component whose reload
    /// decides whether it shows anything new: it renders again only when <paramref name="reload"/> returns true (a page
    /// whose grid follows the feed itself need not render around it for every change).</summary>
    protected void WatchShown(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task<bool>> reload)
    {
        Func<ChangeEvent, Task> handler = change => InvokeAsync(async () =>
        {
            if (await reload(change)) StateHasChanged();
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
