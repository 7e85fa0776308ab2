using ConsoleApp.Components.Platform.Background;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>An order whose computed status changed because time passed.</summary>
public sealed record ExpiryCrossing(int OrderId, int PartnerId, OrderStatus Status);

/// <summary>
/// Finds the orders that crossed into EXPIRING SOON or EXPIRED in (since, now] and publishes each on "orders" for
/// its partner, so open grids and counters refresh. Statuses are computed on every read anyway; this only tells
/// screens that are already open.
/// </summary>
public sealed class OrderExpirySweep(IDbContextFactory<ConsoleDbContext> factory, IChangeNotifier notifier, IOptions<OrdersOptions> options, ILogger<OrderExpirySweep> logger)
{
    public async Task<IReadOnlyList<ExpiryCrossing>> RunAsync(DateTime since, DateTime now, CancellationToken ct = default)
    {
        if (now <= since) return [];
        var window = options.Value.ExpiringSoonWindow;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.ScopeTo(UserContext.System);
        var orders = db.Set<PartnerOrder>().AsNoTracking();
        var expired = await orders.Where(o => o.ExpiresAt > since && o.ExpiresAt <= now)
            .Select(o => new ExpiryCrossing(o.Id, o.PartnerId, OrderStatus.Expired)).ToListAsync(ct);
        // EXPIRING SOON starts when expiry - window passes; orders that also expired in this interval are EXPIRED.
        DateTime from = since + window, to = now + window;
        var expiring = await orders.Where(o => o.AssignedAccountId == null && o.ExpiresAt > from && o.ExpiresAt <= to && o.ExpiresAt > now)
            .Select(o => new ExpiryCrossing(o.Id, o.PartnerId, OrderStatus.ExpiringSoon)).ToListAsync(ct);

        var crossings = expired.Concat(expiring).ToList();
        foreach (var c in crossings)
            notifier.Publish(OrderTopics.Orders, c.OrderId, Tenant.Partner(c.PartnerId), c.Status == OrderStatus.Expired ? "expired" : "expiring-soon");
        if (crossings.Count > 0)
            logger.LogInformation("Expiry monitor: {Expired} order(s) expired, {Expiring} became expiring soon", expired.Count, expiring.Count);
        return crossings;
    }
}

/// <summary>Runs <see cref="OrderExpirySweep"/> every <c>Orders:ExpiryCheckSeconds</c>, each time over the interval since its last run.
/// With several instances only the lease holder sweeps (its notifications reach the others through the live feed).</summary>
public sealed class OrderExpiryMonitor(OrderExpirySweep sweep, IWorkerLeases leases, TimeProvider clock, IOptions<OrdersOptions> options, ILogger<OrderExpiryMonitor> logger) : BackgroundService
{
    public const string Lease = "orders.expiry-monitor";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Pages opened after a crossing compute the new status themselves; only crossings from now on need telling.
        var since = clock.GetUtcNow().UtcDateTime;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.ExpiryCheckSeconds)), clock);
        while (await NextTickAsync(timer, stoppingToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            try
            {
                if (await leases.TryHoldAsync(Lease, stoppingToken)) await sweep.RunAsync(since, now, stoppingToken);
                since = now;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Expiry monitor run failed; the next run covers this interval again");
            }
        }
    }

    // Stopping the host is the normal way out of the loop, not a failure to log.
    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
