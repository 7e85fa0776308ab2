using ConsoleApp.Components.Features.Dashboard.Partner;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Tests.Features.Orders;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsoleApp.Tests.Platform.Live;

public sealed class LiveMetricsTests
{
    private const string FanOut = "partner_console.live.fanout.duration";
    private const string Subscriptions = "partner_console.live.subscriptions";
    private static readonly LiveTopic Topic = new("fruit");

    [Fact]
    public async Task Publish_StampsTheChange_CountsChangesAndDeliveries_SubscriptionsGoBackToZero()
    {
        using var metrics = LiveMetrics.Standalone();
        using var recorder = new LiveMetricsRecorder(metrics);
        var notifier = new ChangeNotifier(NullLogger<ChangeNotifier>.Instance, metrics);
        var received = new TaskCompletionSource<ChangeEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var before = DateTimeOffset.UtcNow;
        var a = notifier.Subscribe(Topic, Tenant.Partner(1), e => { received.TrySetResult(e); return Task.CompletedTask; });
        var b = notifier.Subscribe(Topic, null, _ => Task.CompletedTask);
        var other = notifier.Subscribe(Topic, Tenant.Partner(2), _ => Task.CompletedTask);
        Assert.Equal(3, recorder.Sum(Subscriptions));

        notifier.Publish(Topic, 1, Tenant.Partner(1));

        var change = await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.InRange(change.PublishedAt!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(1, recorder.Sum("partner_console.live.changes"));
        Assert.Equal(2, recorder.Sum("partner_console.live.deliveries"));
        a.Dispose();
        b.Dispose();
        b.Dispose(); // twice: counted once
        other.Dispose();
        Assert.Equal(0, recorder.Sum(Subscriptions));
    }

    [Fact]
    public async Task OrdersPages_OneChange_OneMeasurementPerPageAfterItsRowsRendered_SubscriptionsBackToBaselineOnDispose()
    {
        await using var console = await TestConsole.StartAsync();
        using var recorder = new LiveMetricsRecorder(console.Services.GetRequiredService<LiveMetrics>());
        await using var scope = console.As(TestUsers.PartnerStaff);
        var contexts = new List<BunitContext>();
        var pages = new List<IRenderedComponent<OrdersPage>>();
        for (var i = 0; i < 2; i++)
        {
            var ctx = new BunitContext();
            contexts.Add(ctx);
            ctx.UseConsole(scope, TestUsers.PartnerStaff);
            ctx.RenderProviders();
            ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/orders?q=bunitfan-");
            var page = ctx.Render<OrdersPage>();
            page.WaitForAssertion(() => Assert.Contains("No orders match", page.Markup, StringComparison.Ordinal));
            pages.Add(page);
        }
        Assert.True(recorder.Sum(Subscriptions) >= 2, "each page subscribes");

        var order = await OrderTestData.AddAsync(console, "BUNITFAN-1", DateTime.UtcNow.AddDays(200));
        console.Services.GetRequiredService<IChangeNotifier>().Publish(OrderTopics.Orders, order.Id, Tenant.Partner(DemoData.PartnerId));

        await Eventually.TrueAsync(() => recorder.Values(FanOut).Count >= 2, TimeSpan.FromSeconds(10));
        // Recorded once the reloaded rows were rendered: by then each page shows the new order.
        foreach (var page in pages) Assert.Contains("BUNITFAN-1", page.Markup, StringComparison.Ordinal);
        await Task.Delay(500); // a second measurement for the same change would have arrived by now
        Assert.Equal(2, recorder.Values(FanOut).Count);
        Assert.All(recorder.Values(FanOut), ms => Assert.InRange(ms, 0, 10_000));

        foreach (var ctx in contexts) await ctx.DisposeAsync();
        Assert.Equal(0, recorder.Sum(Subscriptions));
    }

    [Fact]
    public async Task Widget_OneChange_OneMeasurement_AnotherTenantsChangeNone()
    {
        await using var console = await TestConsole.StartAsync();
        using var recorder = new LiveMetricsRecorder(console.Services.GetRequiredService<LiveMetrics>());
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var widget = ctx.Render<NeedsAttentionWidget>();
        widget.WaitForAssertion(() => Assert.Empty(widget.FindAll(".pc-loading-rows")));

        console.Services.GetRequiredService<IChangeNotifier>().Publish(OrderTopics.Orders, 1, Tenant.Partner(DemoData.PartnerId));
        await Eventually.TrueAsync(() => recorder.Values(FanOut).Count >= 1, TimeSpan.FromSeconds(10));
        await Task.Delay(300);
        Assert.Single(recorder.Values(FanOut));

        // Another partner's change reaches nobody here.
        console.Services.GetRequiredService<IChangeNotifier>().Publish(OrderTopics.Orders, 1, Tenant.Partner(99));
        await Task.Delay(300);
        Assert.Single(recorder.Values(FanOut));
    }

    [Fact]
    public void PendingRender_CoalescedChanges_MeasuredOnceFromTheOldest_UnstampedNotMeasured()
    {
        using var metrics = LiveMetrics.Standalone();
        using var recorder = new LiveMetricsRecorder(metrics);
        var pending = new LivePendingRender();
        var now = DateTimeOffset.UtcNow;

        pending.Received(new ChangeEvent(Topic, "1", Tenant.Partner(1)) { PublishedAt = now.AddSeconds(-10) });
        pending.Received(new ChangeEvent(Topic, "2", Tenant.Partner(1)) { PublishedAt = now.AddSeconds(-1) });
        pending.Rendered(metrics);
        pending.Rendered(metrics); // nothing pending any more
        pending.Received(new ChangeEvent(Topic, "3", Tenant.Partner(1))); // no publication time (a prerender catch-up)
        pending.Rendered(metrics);

        Assert.InRange(Assert.Single(recorder.Values(FanOut)), 10_000, 60_000);
    }

    [Fact]
    public async Task CircuitHandler_CountsCircuitsOpenUntilTheyClose_AndIsRegistered()
    {
        await using var console = await TestConsole.StartAsync();
        var metrics = console.Services.GetRequiredService<LiveMetrics>();
        using var recorder = new LiveMetricsRecorder(metrics);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var handler = Assert.Single(scope.ServiceProvider.GetServices<CircuitHandler>().OfType<LiveCircuitMetricsHandler>());

        // The framework's Circuit cannot be made outside it; the handler does not look at it.
        await handler.OnCircuitOpenedAsync(null!, default);
        await new LiveCircuitMetricsHandler(metrics).OnCircuitOpenedAsync(null!, default);
        Assert.Equal(2, recorder.Sum("partner_console.circuits.open"));
        await handler.OnCircuitClosedAsync(null!, default);
        Assert.Equal(1, recorder.Sum("partner_console.circuits.open"));
    }
}
