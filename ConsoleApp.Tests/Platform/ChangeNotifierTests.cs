using ConsoleApp.Components.Platform.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsoleApp.Tests.Platform;

public sealed class ChangeNotifierTests
{
    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);

    [Fact]
    public async Task Publish_MatchingTopicAndTenant_ReachesSubscriber()
    {
        var received = new TaskCompletionSource<ChangeEvent>();
        using var _ = _notifier.Subscribe("orders", "partner:1", e => { received.TrySetResult(e); return Task.CompletedTask; });
        _notifier.Publish("orders", 42, "partner:1", "assigned");
        var change = await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(("42", "assigned"), (change.EntityId, change.Action));
    }

    [Fact]
    public async Task Publish_OtherTenantOrTopic_DoesNotReachSubscriber()
    {
        var calls = 0;
        using var _ = _notifier.Subscribe("orders", "partner:1", _ => { Interlocked.Increment(ref calls); return Task.CompletedTask; });
        _notifier.Publish("orders", 1, "partner:2");
        _notifier.Publish("accounts", 1, "partner:1");
        await Task.Delay(200);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Dispose_Subscription_RemovesSubscriber()
    {
        var subscription = _notifier.Subscribe("orders", null, _ => Task.CompletedTask);
        Assert.Equal(1, _notifier.SubscriberCount);
        subscription.Dispose();
        Assert.Equal(0, _notifier.SubscriberCount);
    }

    [Fact]
    public async Task Publish_FailingSubscriber_DoesNotStopOthers()
    {
        var received = new TaskCompletionSource();
        using var a = _notifier.Subscribe("t", null, _ => throw new InvalidOperationException("boom"));
        using var b = _notifier.Subscribe("t", null, _ => { received.TrySetResult(); return Task.CompletedTask; });
        _notifier.Publish("t", 1, "x");
        await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
