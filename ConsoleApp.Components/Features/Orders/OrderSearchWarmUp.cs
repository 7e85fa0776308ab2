using System.Diagnostics;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// Runs each shape of the Orders search once at start-up, before the console takes requests, so the first user's
/// search does not pay for it: the first search of a process compiled its EF queries, jitted the code behind them and
/// read the indexes' pages for the first time (at a million orders, on a busy machine: 829 ms for the first search
/// of a cold process, 47 ms for the first one after the warm-up). The searches are the page's own (read-only) calls, as a partner admin of the partner with the newest
/// order, with terms taken from that order so that every strategy finds matches: narrow, broad, date prefix, account
/// name, no match; the views and paging without a search. Failures are logged and never stop the start.
/// </summary>
public sealed class OrderSearchWarmUp(IServiceProvider services, ILogger<OrderSearchWarmUp> logger) : IHostedService
{
    /// <summary>The start waits for the warm-up at most this long (16 searches took 8.6 s at a million orders with the
    /// machine's two cores shared with other busy processes, load average 13-16); what is left is then warmed by the
    /// first searches.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var elapsed = Stopwatch.StartNew();
        try
        {
            var searches = await RunAsync(limit.Token);
            logger.LogInformation("Orders search warmed up: {Searches} searches in {Ms} ms", searches, elapsed.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Orders search warm-up stopped after {Ms} ms; the first searches will be slower", elapsed.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Orders search warm-up failed; the first searches will be slower");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The warm-up searches; how many ran (0 when there is no order yet).</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        PartnerOrder? newest;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.ScopeTo(UserContext.System);
            newest = await db.Set<PartnerOrder>().AsNoTracking().OrderByDescending(o => o.Id).FirstOrDefaultAsync(ct);
        }
        if (newest is null) return 0;
        var admin = new UserContext("orders-warm-up", "", "Orders search warm-up", Roles.PartnerAdmin, PartnerId: newest.PartnerId);
        // The service as that admin (the request's user is not there at start-up).
        var orders = ActivatorUtilities.CreateInstance<OrderService>(scope.ServiceProvider, new ConsoleDb(factory, new FixedCurrentUser(admin)));
        var sap = PartnerOrderSearchTerm.Normalize(newest.SapOrderId);
        var expiry = OrderFormats.DateText(newest.ExpiresAt);
        string[] terms = [sap, sap.Length > 0 ? sap[..1] : "4", expiry.Length >= 6 ? expiry[..6] : "2000-0", "a", "\u0001no-match"];
        var page = new PageRequest(0, 25);
        var searches = 0;
        foreach (var view in new[] { OrderView.All, OrderView.Unassigned })
            foreach (var term in terms)
            {
                await orders.SearchAsync(new OrderQuery(view, term), page, ct);
                searches++;
            }
        foreach (var view in new[] { OrderView.All, OrderView.Unassigned, OrderView.Expiring })
            foreach (var skip in new[] { 0, 25 })
            {
                await orders.SearchAsync(new OrderQuery(view), new PageRequest(skip, 25), ct);
                searches++;
            }
        return searches;
    }
}
