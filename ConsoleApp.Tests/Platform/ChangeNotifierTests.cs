using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Platform.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsoleApp.Tests.Platform;

public sealed class ChangeNotifierTests
{
    private static readonly LiveTopic Orders = new("orders");
    private static readonly LiveTopic Accounts = new("accounts");

    private readonly ChangeNotifier _notifier = new(NullLogger<ChangeNotifier>.Instance);

    [Fact]
    public async Task Publish_MatchingTopicAndTenant_ReachesSubscriber()
    {
        var received = new TaskCompletionSource<ChangeEvent>();
        using var _ = _notifier.Subscribe(Orders, Tenant.Partner(1), e => { received.TrySetResult(e); return Task.CompletedTask; });
        _notifier.Publish(Orders, 42, Tenant.Partner(1), "assigned");
        var change = await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(("42", "assigned"), (change.EntityId, change.Action));
    }

    [Fact]
    public async Task Publish_OtherTenantOrTopic_DoesNotReachSubscriber()
    {
        var calls = 0;
        using var _ = _notifier.Subscribe(Orders, Tenant.Partner(1), _ => { Interlocked.Increment(ref calls); return Task.CompletedTask; });
        _notifier.Publish(Orders, 1, Tenant.Partner(2));
        _notifier.Publish(Accounts, 1, Tenant.Partner(1));
        await Task.Delay(200);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Dispose_Subscription_RemovesSubscriber()
    {
        var subscription = _notifier.Subscribe(Orders, null, _ => Task.CompletedTask);
        Assert.Equal(1, _notifier.SubscriberCount);
        subscription.Dispose();
        Assert.Equal(0, _notifier.SubscriberCount);
    }

    [Fact]
    public async Task Publish_FailingSubscriber_DoesNotStopOthers()
    {
        var received = new TaskCompletionSource();
        using var a = _notifier.Subscribe(Orders, null, _ => throw new InvalidOperationException("boom"));
        using var b = _notifier.Subscribe(Orders, null, _ => { received.TrySetResult(); return Task.CompletedTask; });
        _notifier.Publish(Orders, 1, Tenant.Partner(9));
        await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Resync_ReachesEverySubscriber_WithItsTopicAndTenant()
    {
        var received = new System.Collections.Concurrent.ConcurrentBag<ChangeEvent>();
        using var a = _notifier.Subscribe(Orders, Tenant.Partner(1), e => { received.Add(e); return Task.CompletedTask; });
        using var b = _notifier.Subscribe(Accounts, null, e => { received.Add(e); return Task.CompletedTask; });
        _notifier.Resync();
        await Eventually.TrueAsync(() => received.Count == 2);
        Assert.All(received, e => Assert.True(e.IsResync));
        Assert.Contains(received, e => e.Topic == Orders && e.Tenant == Tenant.Partner(1));
    }

    [Fact]
    public void ChangedSince_OnlyChangesOfThatTopicAndTenantAfterTheStamp()
    {
        _notifier.Publish(Orders, 1, Tenant.Partner(1));
        var stamp = _notifier.Stamp();
        Assert.False(_notifier.ChangedSince(stamp, Orders, Tenant.Partner(1)));

        _notifier.Publish(Orders, 1, Tenant.Partner(2));
        _notifier.Publish(Accounts, 1, Tenant.Partner(1));
        Assert.False(_notifier.ChangedSince(stamp, Orders, Tenant.Partner(1)));
        // Any tenant's change counts for a view of every tenant.
        Assert.True(_notifier.ChangedSince(stamp, Orders, null));

        _notifier.Publish(Orders, 2, Tenant.Partner(1));
        Assert.True(_notifier.ChangedSince(stamp, Orders, Tenant.Partner(1)));
        Assert.False(_notifier.ChangedSince(_notifier.Stamp(), Orders, Tenant.Partner(1)));
    }

    [Fact]
    public void ChangedSince_ResyncOrAnotherInstancesStamp_CountsAsChanged()
    {
        var stamp = _notifier.Stamp();
        Assert.True(_notifier.ChangedSince(stamp with { Instance = "another-instance" }, Orders, Tenant.Partner(1)));
        _notifier.Resync();
        Assert.True(_notifier.ChangedSince(stamp, Orders, Tenant.Partner(1)));
    }
}
