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

    protected void Watch(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> reload) =>
        _subscriptions.Add(Notifier.Subscribe(topic, tenant, change => InvokeAsync(async () =>
        {
            await reload(change);
            StateHasChanged();
        })));

    public virtual void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
        _subscriptions.Clear();
        GC.SuppressFinalize(this);
    }
}
