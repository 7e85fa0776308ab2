// Disposes a measuring renderer (a render-tree type the framework keeps to itself).
#pragma warning disable BL0006
using ConsoleApp.Components.Features.Orders;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// The managed heap an idle Orders page holds: N pages, each with its own scoped services (MudBlazor's, the
/// navigation, the JS interop double) like a circuit, rendered without a DOM, measured with full collections before and
/// after. It leaves out the circuit's own machinery (SignalR connection, the circuit host, its render batch buffers),
/// so the live figure is higher; the load driver measures that one. Prints the figure for docs/PERFORMANCE.md, and
/// checks that the rows' controls are markup, not components.
/// </summary>
public sealed class OrdersCircuitHeapFigures(ITestOutputHelper output)
{
    private const int Pages = 12;

    [Fact]
    public async Task IdleOrdersPages_HeapPerPage()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        // Warm up once (types, EF model, compiled queries), then weigh.
        await using (var warm = await OpenAsync(scope)) { }
        var before = Heap();

        var pages = new List<Page>();
        for (var i = 0; i < Pages; i++) pages.Add(await OpenAsync(scope));
        var after = Heap();
        var perPage = (after - before) / Pages;
        output.WriteLine($"{Pages} idle Orders pages: {(after - before) / 1024:N0} KB, {perPage / 1024:N0} KB per page, {pages[0].Meter.LiveComponents} components per page");

        var census = pages[0].Meter.Census();
        output.WriteLine("components of one page: " + string.Join(", ", census.Select(c => $"{c.Type} {c.Count}")));

        foreach (var page in pages) await page.DisposeAsync();
        var closed = Heap();
        output.WriteLine($"after closing them: {(closed - before) / 1024:N0} KB above the baseline");
        // The heap figures are printed, not asserted: other tests share this process and its heap. What is asserted is what
        // makes them: rows hold no component for their controls (check box, Assign button, status chip).
        Assert.DoesNotContain(census, c => c.Type is "MudCheckBox" or "MudChip" or "StatusChip" or "LiveCell");
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task<Page> OpenAsync(AsyncServiceScope scope)
    {
        var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/orders");
        var meter = new RenderBatchMeter(ctx.Services, TimeSpan.FromMilliseconds(400));
        await meter.RenderAsync<OrdersPage>();
        await meter.SettleAsync();
        meter.TakeBytes();
        return new Page(ctx, meter);
    }

    private sealed record Page(BunitContext Ctx, RenderBatchMeter Meter) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Meter.DisposeAsync();
            await Ctx.DisposeAsync();
        }
    }
}
