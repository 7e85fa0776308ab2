using System.Collections.Concurrent;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Background;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>
/// Moves submitted orders through the vendor's part of the life cycle, one committed, audited and published step
/// at a time: Provisioning started → finished/failed → (after the dwell time) In progress → Completed, or
/// Completed with errors. Due work is found in the database (<see cref="MarketplaceOrder.NextStepAt"/>), so a
/// restart resumes where it stopped; the vendor is called outside any transaction, and each result is written
/// only if the order did not change meanwhile (concurrency token), so a step is never applied twice. With several
/// instances only the holder of the worker lease takes steps, so the vendor is asked once per item.
/// </summary>
public sealed class ProvisioningWorker(
    IDbContextFactory<ConsoleDbContext> factory, IProvisioningConnector connector, IChangeNotifier notifier,
    ProvisioningSignal signal, IWorkerLeases leases, IOptionsMonitor<ProvisioningOptions> options, TimeProvider clock, ILogger<ProvisioningWorker> logger) : BackgroundService
{
    public const string Lease = "marketplace.provisioning";

    private readonly ConcurrentDictionary<int, byte> _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                if (await leases.TryHoldAsync(Lease, stoppingToken))
                {
                    await RunDueAsync(stoppingToken);
                    wait = await UntilNextDueAsync(stoppingToken);
                }
                else
                {
                    wait = TimeSpan.FromSeconds(Math.Max(1, options.CurrentValue.PollSeconds)); // another instance holds it
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Marketplace provisioning failed; retrying shortly");
                wait = TimeSpan.FromSeconds(5);
            }
            try { await signal.WaitAsync(wait, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Takes one step for every order that is due now; returns how many steps were taken.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        List<int> due;
        await using (var db = await OpenAsync(ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await db.Set<MarketplaceOrder>().Where(o => o.NextStepAt != null && o.NextStepAt <= now)
                .OrderBy(o => o.NextStepAt).Select(o => o.Id).Take(20).ToListAsync(ct);
        }
        var steps = await Task.WhenAll(due.Where(id => _inFlight.TryAdd(id, 0)).Select(async id =>
        {
            try { return await StepAsync(id, ct); }
            finally { _inFlight.TryRemove(id, out _); }
        }));
        return steps.Count(s => s);
    }

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken ct)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.CurrentValue.PollSeconds));
        await using var db = await OpenAsync(ct);
        var next = await db.Set<MarketplaceOrder>().Where(o => o.NextStepAt != null).MinAsync(o => o.NextStepAt, ct);
        if (next is null) return poll;
        var until = next.Value - clock.GetUtcNow().UtcDateTime;
        return until <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(10) : until < poll ? until : poll;
    }

    private async Task<bool> StepAsync(int orderId, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        var order = await db.Set<MarketplaceOrder>().Include(o => o.Items).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return false;
        var from = order.Status;
        var dwell = TimeSpan.FromSeconds(Math.Max(0, options.CurrentValue.DwellSeconds));
        switch (from)
        {
            case OrderStatus.ProvisioningStarted:
                await ProvisionAsync(db, order, ct);
                order.NextStepAt = clock.GetUtcNow().UtcDateTime + dwell;
                break;
            case OrderStatus.ProvisioningFinished:
                order.Status = OrderLifecycle.Apply(from, OrderAction.Confirm);
                order.NextStepAt = clock.GetUtcNow().UtcDateTime;
                break;
            case OrderStatus.InProgress:
                await connector.ConfirmAsync(order.Id, ct);
                order.Status = OrderLifecycle.Apply(from, OrderAction.Complete);
                order.CompletedAt = clock.GetUtcNow().UtcDateTime;
                order.NextStepAt = null;
                break;
            case OrderStatus.ProvisioningFailed:
                order.Status = OrderLifecycle.Apply(from, OrderAction.CloseWithErrors);
                order.CompletedAt = clock.GetUtcNow().UtcDateTime;
                order.NextStepAt = null;
                break;
            default:
                order.NextStepAt = null; // nothing for the vendor to do (e.g. an order stopped before submission)
                break;
        }
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        AuditLog.Record(db, UserContext.System, "MarketplaceOrder", order.Id, "Provisioning",
            new { Status = from.ToString() }, new { Status = order.Status.ToString(), order.VendorMessage }, order.PartnerId);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Marketplace order {OrderId} changed during its provisioning step; the step is retried", orderId);
            return false;
        }
        logger.LogInformation("Marketplace order {OrderId}: {From} -> {To}", order.Id, from, order.Status);
        MarketplaceEvents.Publish(notifier, order.PartnerId, order.AccountId, order.Id, "provisioning");
        return true;
    }

    /// <summary>Asks the vendor for each item, then applies the successful ones to the subscriptions.</summary>
    private async Task ProvisionAsync(ConsoleDbContext db, MarketplaceOrder order, CancellationToken ct)
    {
        var subIds = order.Items.Where(i => i.SubscriptionId != null).Select(i => i.SubscriptionId!.Value).Distinct().ToList();
        var subs = await db.Set<MarketplaceSubscription>().Where(s => subIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        foreach (var item in order.Items.OrderBy(i => i.Id))
        {
            var sub = item.SubscriptionId is { } sid ? subs.GetValueOrDefault(sid) : null;
            var after = SubscriptionEffects.LicencesAfter(item, sub);
            var result = after < 1
                ? ProvisioningResult.Refused($"Vendor error 3001: {item.ProductName} cannot drop below one licence.")
                : await connector.ProvisionAsync(new ProvisioningRequest(order.Id, item.Id, item.Vendor, item.Kind,
                    item.ProductName, item.Quantity, after, item.AdminEmail ?? sub?.AdminEmail ?? "", item.TenantName ?? sub?.TenantName), ct);
            item.Result = result.Succeeded ? ItemResult.Succeeded : ItemResult.Failed;
            item.VendorMessage = result.Message;
            if (result.Succeeded) SubscriptionEffects.Apply(db, order, item, sub, clock.GetUtcNow().UtcDateTime);
        }
        var failed = order.Items.FirstOrDefault(i => i.Result == ItemResult.Failed);
        order.VendorMessage = failed?.VendorMessage;
        order.Status = OrderLifecycle.Apply(order.Status, failed is null ? OrderAction.ProvisioningSucceeded : OrderAction.ProvisioningRejected);
    }

    private async Task<ConsoleDbContext> OpenAsync(CancellationToken ct) =>
        (await factory.CreateDbContextAsync(ct)).ScopeTo(UserContext.System);
}

/// <summary>What a provisioned item does to its subscription.</summary>
internal static class SubscriptionEffects
{
    public static int LicencesAfter(MarketplaceOrderItem item, MarketplaceSubscription? sub) => item.Kind switch
    {
        ChangeKind.NewSubscription => item.Quantity,
        ChangeKind.LicenceIncrease => (sub?.Licences ?? 0) + item.Quantity,
        ChangeKind.LicenceDecrease => (sub?.Licences ?? 0) - item.Quantity,
        _ => sub?.Licences ?? 0,
    };

    public static void Apply(ConsoleDbContext db, MarketplaceOrder order, MarketplaceOrderItem item, MarketplaceSubscription? sub, DateTime now)
    {
        switch (item.Kind)
        {
            case ChangeKind.NewSubscription:
                var created = new MarketplaceSubscription
                {
                    PartnerId = order.PartnerId,
                    AccountId = order.AccountId,
                    Vendor = item.Vendor,
                    ProductName = item.ProductName,
                    AdminEmail = item.AdminEmail ?? "",
                    AdminFirstName = item.AdminFirstName ?? "",
                    AdminLastName = item.AdminLastName ?? "",
                    TenantName = item.TenantName,
                    UnitCost = item.UnitCost,
                    MarkupPercent = item.MarkupPercent,
                    Licences = item.Quantity,
                    AddOns = item.AddOns,
                    CreatedAt = now,
                };
                db.Add(created);
                item.Subscription = created; // the key is filled in when both are saved, in the same transaction
                break;
            case ChangeKind.LicenceIncrease when sub is not null:
                sub.Licences += item.Quantity;
                break;
            case ChangeKind.LicenceDecrease when sub is not null:
                sub.Licences -= item.Quantity;
                break;
            case ChangeKind.Suspension when sub is not null:
                sub.State = SubscriptionState.Suspended;
                break;
            case ChangeKind.MarkupChange when sub is not null:
                sub.MarkupPercent = item.MarkupPercent;
                break;
        }
    }
}
