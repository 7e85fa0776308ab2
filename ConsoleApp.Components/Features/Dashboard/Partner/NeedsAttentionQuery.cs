using System.Globalization;
using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MarketplaceStatus = ConsoleApp.Components.Features.Marketplace.OrderStatus;

namespace ConsoleApp.Components.Features.Dashboard.Partner;

public enum AttentionKind { OrderExpiring = 0, ProvisioningFailed = 1, ProvisioningSlow = 2, DeactivatedWithSubscriptions = 3 }

/// <summary>One thing that goes wrong if nobody acts. <see cref="Due"/> orders the list: when it went wrong (a failure,
/// a stuck order), now (a deactivated account still billed), or when it will (an expiry).</summary>
public sealed record AttentionItem(AttentionKind Kind, string Title, string Detail, DateTime Due, string Link, int? PartnerOrderId = null);

public sealed record AttentionList(IReadOnlyList<AttentionItem> Items, DateTime CheckedAt);

/// <summary>
/// "Needs attention" for partner admins and staff: four top-N queries, each on an index that starts with the
/// partner (unassigned orders by expiry; marketplace orders by status and last step; deactivated accounts), merged
/// soonest first. Reads other features' rows, never writes them: acting happens where each row links to.
/// </summary>
public sealed class NeedsAttentionQuery(ConsoleDb consoleDb, IOptions<OrdersOptions> orders, IOptions<DashboardOptions> options, TimeProvider clock)
{
    /// <summary>The live topics whose changes can add or remove a row.</summary>
    public static readonly IReadOnlyList<LiveTopic> Topics = [OrderTopics.Orders, MarketplaceTopics.Topic, AccountTopics.Accounts];

    public async Task<AttentionList> LoadAsync(UserContext user, CancellationToken ct = default)
    {
        user.Require(user.IsPartnerUser && user.PartnerId is not null, "Only partner admins and staff see what needs attention.");
        var partnerId = user.PartnerId!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var take = Math.Clamp(options.Value.AttentionRows, 1, 100);
        await using var db = await consoleDb.OpenAsync(user, ct);

        var items = new List<AttentionItem>();
        items.AddRange(await ExpiringOrdersAsync(db, partnerId, now, take, ct));
        items.AddRange(await FailedProvisioningAsync(db, partnerId, now, take, ct));
        items.AddRange(await SlowProvisioningAsync(db, partnerId, now, take, ct));
        items.AddRange(await DeactivatedAccountsAsync(db, partnerId, now, take, ct));
        return new AttentionList(items.OrderBy(i => i.Due).ThenBy(i => i.Title, StringComparer.Ordinal).Take(take * 2).ToList(), now);
    }

    private async Task<IEnumerable<AttentionItem>> ExpiringOrdersAsync(ConsoleDbContext db, int partnerId, DateTime now, int take, CancellationToken ct)
    {
        var soon = now + orders.Value.ExpiringSoonWindow;
        var rows = await db.Set<PartnerOrder>().AsNoTracking()
            .Where(o => o.PartnerId == partnerId && o.AssignedAccountId == null && o.ExpiresAt > now && o.ExpiresAt <= soon)
            .OrderBy(o => o.ExpiresAt).ThenBy(o => o.Id).Take(take)
            .Select(o => new { o.Id, o.SapOrderId, o.Product, o.Licenses, ExpiresAt = o.ExpiresAt!.Value })
            .ToListAsync(ct);
        return rows.Select(o => new AttentionItem(AttentionKind.OrderExpiring,
            $"Order {o.SapOrderId} expires unassigned",
            $"{OrderFormats.ProductName(o.Product)}, {o.Licenses} licences · expires {Day(o.ExpiresAt)} ({InDays(o.ExpiresAt - now)})",
            o.ExpiresAt, $"/orders?order={o.Id}", o.Id));
    }

    private async Task<IEnumerable<AttentionItem>> FailedProvisioningAsync(ConsoleDbContext db, int partnerId, DateTime now, int take, CancellationToken ct)
    {
        // A failed order is closed "with errors" by the worker moments later; both are the same failure.
        var since = now - options.Value.FailedProvisioningWindow;
        var rows = await (
            from o in db.Set<MarketplaceOrder>().AsNoTracking()
            where o.PartnerId == partnerId
                  && (o.Status == MarketplaceStatus.ProvisioningFailed || o.Status == MarketplaceStatus.CompletedWithErrors)
                  && o.UpdatedAt >= since
            orderby o.UpdatedAt, o.Id
            select new { o.Id, o.Name, o.AccountId, o.UpdatedAt, o.VendorMessage }).Take(take).ToListAsync(ct);
        var names = await AccountNamesAsync(db, rows.Select(r => r.AccountId), ct);
        return rows.Select(o => new AttentionItem(AttentionKind.ProvisioningFailed,
            $"Marketplace {o.Name} failed provisioning",
            $"{names.GetValueOrDefault(o.AccountId)} · {Day(o.UpdatedAt)}{(string.IsNullOrWhiteSpace(o.VendorMessage) ? "" : " · " + o.VendorMessage)}",
            o.UpdatedAt, MarketplaceLink(o.Id, o.AccountId)));
    }

    private async Task<IEnumerable<AttentionItem>> SlowProvisioningAsync(ConsoleDbContext db, int partnerId, DateTime now, int take, CancellationToken ct)
    {
        var threshold = options.Value.ProvisioningThreshold;
        var startedBefore = now - threshold;
        // Few orders are with the vendor at any time, so the status part of the index narrows it to those.
        var rows = await (
            from o in db.Set<MarketplaceOrder>().AsNoTracking()
            where o.PartnerId == partnerId
                  && (o.Status == MarketplaceStatus.ProvisioningStarted || o.Status == MarketplaceStatus.ProvisioningFinished || o.Status == MarketplaceStatus.InProgress)
                  && o.SubmittedAt != null && o.SubmittedAt <= startedBefore
            orderby o.SubmittedAt, o.Id
            select new { o.Id, o.Name, o.AccountId, SubmittedAt = o.SubmittedAt!.Value }).Take(take).ToListAsync(ct);
        var names = await AccountNamesAsync(db, rows.Select(r => r.AccountId), ct);
        return rows.Select(o => new AttentionItem(AttentionKind.ProvisioningSlow,
            $"Marketplace {o.Name} still provisioning",
            $"{names.GetValueOrDefault(o.AccountId)} · submitted {Ago(now - o.SubmittedAt)} (more than {Ago(threshold)})",
            o.SubmittedAt + threshold, MarketplaceLink(o.Id, o.AccountId)));
    }

    private static async Task<IEnumerable<AttentionItem>> DeactivatedAccountsAsync(ConsoleDbContext db, int partnerId, DateTime now, int take, CancellationToken ct)
    {
        var rows = await db.Set<CustomerAccount>().AsNoTracking()
            .Where(a => a.PartnerId == partnerId && a.Status == AccountStatus.Deactivated)
            .Select(a => new
            {
                a.Id,
                a.Name,
                Licences = db.Set<PartnerOrder>().Count(o => o.PartnerId == partnerId && o.AssignedAccountId == a.Id && (o.ExpiresAt == null || o.ExpiresAt > now)),
                Marketplace = db.Set<MarketplaceSubscription>().Count(s => s.PartnerId == partnerId && s.AccountId == a.Id && s.State == SubscriptionState.Active),
            })
            .Where(a => a.Licences > 0 || a.Marketplace > 0)
            .OrderBy(a => a.Name).Take(take).ToListAsync(ct);
        // Already wrong now: the account is deactivated but its subscriptions still run.
        return rows.Select(a => new AttentionItem(AttentionKind.DeactivatedWithSubscriptions,
            $"Deactivated account {a.Name} has active subscriptions",
            string.Join(" · ", new[] { Count(a.Licences, "licence subscription"), Count(a.Marketplace, "marketplace subscription") }.Where(s => s.Length > 0)),
            now, $"/accounts/{a.Id}"));
    }

    private static async Task<Dictionary<int, string>> AccountNamesAsync(ConsoleDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0 ? [] : await db.Set<CustomerAccount>().AsNoTracking().Where(a => list.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
    }

    private static string MarketplaceLink(int orderId, int accountId) => $"/marketplace/orders/{orderId}?account={accountId}";
    private static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Count(int n, string what) => n == 0 ? "" : $"{n} {what}{(n == 1 ? "" : "s")}";

    private static string InDays(TimeSpan span) => span.TotalDays < 1 ? "today" : span.TotalDays < 2 ? "in 1 day" : $"in {(int)span.TotalDays} days";

    private static string Ago(TimeSpan span) => span.TotalMinutes < 120 ? $"{(int)span.TotalMinutes} minutes"
        : span.TotalHours < 48 ? $"{(int)span.TotalHours} hours" : $"{(int)span.TotalDays} days";
}
