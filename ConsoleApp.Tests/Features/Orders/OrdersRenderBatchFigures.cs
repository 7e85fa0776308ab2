using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// The bytes of the render batches the Orders page sends its browser after a live change, measured with the server's
/// own batch encoder (the framework's RenderBatchWriter, the body of each "JS.RenderBatch" message before SignalR
/// framing and WebSocket compression) on a renderer that plays the circuit's part. Prints the figures for
/// docs/PERFORMANCE.md and checks they stay proportional to what changed.
/// </summary>
public sealed class OrdersRenderBatchFigures(ITestOutputHelper output)
{
    [Fact]
    public async Task LiveChange_RenderBatchesStaySmall()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/orders");
        await using var meter = new RenderBatchMeter(ctx.Services);
        await meter.RenderAsync<OrdersPage>();
        await meter.SettleAsync();
        var first = meter.TakeBytes();
        var firstRenders = meter.TakeRenderedComponents();
        var components = meter.LiveComponents;
        var notifier = console.Services.GetRequiredService<IChangeNotifier>();
        var tenant = Tenant.Partner(DemoData.PartnerId);

        // A change that leaves this page as it is (another page's order): what every other open page pays.
        notifier.Publish(OrderTopics.Orders, 999_999, tenant);
        await meter.SettleAsync();
        var untouched = meter.TakeBytes();
        var untouchedRenders = meter.TakeRenderedComponents();

        meter.Trace = [];
        // One order on the page changes (its tracking number).
        var factory = console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.ScopeTo(UserContext.System);
            var newest = await db.Set<PartnerOrder>().Where(o => o.PartnerId == DemoData.PartnerId).OrderByDescending(o => o.PurchasedAt).ThenByDescending(o => o.Id).FirstAsync();
            newest.TrackingNumber = "TRACK-CHANGED";
            await db.SaveChangesAsync();
            notifier.Publish(OrderTopics.Orders, newest.Id, tenant);
        }
        await meter.SettleAsync();
        var oneRow = meter.TakeBytes();
        var oneRowRenders = meter.TakeRenderedComponents();
        var oneRowTrace = meter.Trace;

        // A new order is posted: it shows at the top and every row below moves down one place (half the live stream).
        meter.Trace = [];
        meter.FrameStats = [];
        await using (var posting = console.Services.CreateAsyncScope())
        {
            await using var db = await console.SystemDbAsync();
            var key = await db.Set<PartnerApiKey>().AsNoTracking().FirstAsync(k => k.PartnerId == DemoData.PartnerId && k.RevokedAt == null);
            var now = console.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await posting.ServiceProvider.GetRequiredService<OrderIngestionService>().IngestAsync(key, new IngestOrderRequest
            {
                SapOrderId = "FIGURES-NEW-1", ResellerPoNumber = "RPO-FIGURES-1", CustomerPoNumber = "CPO-FIGURES-1",
                TrackingNumber = "TRK-FIGURES-1", Product = "MitelOne", Licenses = 10, TermMonths = 12, PurchasedAt = now.AddMinutes(-1),
            });
        }
        await meter.SettleAsync();
        var inserted = meter.TakeBytes();
        var insertedRenders = meter.TakeRenderedComponents();

        output.WriteLine($"first render: {first.Sum():N0} bytes in {first.Count} batches, {firstRenders} component renders, {components} components alive");
        output.WriteLine($"change not on the page: {untouched.Sum():N0} bytes in {untouched.Count} batches, {untouchedRenders} component renders");
        output.WriteLine($"one row changed: {oneRow.Sum():N0} bytes in {oneRow.Count} batches, {oneRowRenders} component renders");
        foreach (var batch in oneRowTrace) output.WriteLine($"  batch rendered: {batch}");
        output.WriteLine($"order posted (top of the page): {inserted.Sum():N0} bytes in {inserted.Count} batches, {insertedRenders} component renders");
        foreach (var batch in meter.Trace) output.WriteLine($"  batch rendered: {batch}");
        output.WriteLine($"  {meter.FrameStats.Values.Sum(s => s.Frames):N0} frames: " + string.Join(", ", meter.FrameStats
            .OrderByDescending(s => s.Value.Frames).Take(12).Select(s => $"{s.Key} {s.Value.Frames} ({s.Value.Chars:N0} chars)")));
        Assert.NotEmpty(oneRow);
        // The live reload's renders are made in one batch: the data grid renders once for the change, not once when
        // it starts loading, once when the rows are there and once more for the toolbar's count.
        Assert.Equal(1, oneRowTrace.Count(batch => batch.Contains("MudDataGrid×", StringComparison.Ordinal)));
        Assert.NotEmpty(inserted);
        Assert.True(untouched.Sum() * 4 < first.Sum(), $"{untouched.Sum()} bytes for an untouched page after {first.Sum()} for the first render");
    }
}
