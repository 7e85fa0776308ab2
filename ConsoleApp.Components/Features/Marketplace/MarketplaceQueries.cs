using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>
/// What the marketplace pages read. Every query runs in the resolved customer scope; for customer roles it also
/// drops markup-change items and the orders made only of them (here, not in the page).
/// </summary>
public sealed class MarketplaceQueries(ConsoleDb consoleDb, CustomerScopeResolver scopes)
{
    public Task<CustomerScope> ScopeAsync(int? accountId, CancellationToken ct = default) => scopes.ResolveAsync(accountId, ct);

    /// <summary>The partner's customer accounts to open a customer view for (deleted ones are never offered).</summary>
    public async Task<PagedResult<AccountOption>> AccountsAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        user.Require(user.IsPartnerUser, "Only partner users choose a customer account.");
        await using var db = await consoleDb.OpenAsync(user, ct);
        var query = db.Set<CustomerAccount>().AsNoTracking().Where(a => a.Status != AccountStatus.Deleted);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToLower();
            query = query.Where(a => a.Name.ToLower().Contains(s) || a.AccountKey.ToLower().Contains(s) || a.City.ToLower().Contains(s));
        }
        var total = await query.CountAsync(ct);
        var ordered = page.SortBy switch
        {
            nameof(AccountOption.City) => page.Descending ? query.OrderByDescending(a => a.City) : query.OrderBy(a => a.City),
            nameof(AccountOption.AccountKey) => page.Descending ? query.OrderByDescending(a => a.AccountKey) : query.OrderBy(a => a.AccountKey),
            _ => page.Descending ? query.OrderByDescending(a => a.Name) : query.OrderBy(a => a.Name),
        };
        var recent = OrderLifecycle.RecentStatuses.ToList();
        var items = await ordered.Skip(page.SafeSkip).Take(page.SafeTake)
            .Select(a => new AccountOption(a.Id, a.Name, a.AccountKey, a.City,
                db.Set<MarketplaceOrder>().Count(o => o.AccountId == a.Id && recent.Contains(o.Status))))
            .ToListAsync(ct);
        return new PagedResult<AccountOption>(items, total);
    }

    public async Task<PagedResult<OrderRow>> OrdersAsync(int? accountId, OrderSearch search, PageRequest page, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(accountId, ct);
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        var query = Filtered(db, scope, search);
        var total = await query.CountAsync(ct);
        var ordered = page.SortBy switch
        {
            nameof(OrderRow.Name) => page.Descending ? query.OrderByDescending(o => o.Name) : query.OrderBy(o => o.Name),
            nameof(OrderRow.CreatedBy) => page.Descending ? query.OrderByDescending(o => o.CreatedByName) : query.OrderBy(o => o.CreatedByName),
            nameof(OrderRow.StatusLabel) or nameof(OrderRow.Status) => page.Descending ? query.OrderByDescending(o => o.Status) : query.OrderBy(o => o.Status),
            nameof(OrderRow.ItemCount) => page.Descending ? query.OrderByDescending(o => o.Items.Count) : query.OrderBy(o => o.Items.Count),
            nameof(OrderRow.SubmittedAt) => page.Descending ? query.OrderByDescending(o => o.SubmittedAt) : query.OrderBy(o => o.SubmittedAt),
            nameof(OrderRow.CompletedAt) => page.Descending ? query.OrderByDescending(o => o.CompletedAt) : query.OrderBy(o => o.CompletedAt),
            nameof(OrderRow.CreatedAt) when !page.Descending => query.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
            _ => query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
        };
        var rows = await Project(db, scope, ordered.Skip(page.SafeSkip).Take(page.SafeTake), ct);
        return new PagedResult<OrderRow>(rows, total);
    }

    /// <summary>The most orders one CSV export holds (the newest first).</summary>
    public const int MaxExportRows = 10_000;

    public async Task<byte[]> ExportCsvAsync(int? accountId, OrderSearch search, CancellationToken ct = default) =>
        (await ExportAsync(accountId, search, ct)).Content;

    /// <summary>The view as CSV; <c>Truncated</c> when more than <see cref="MaxExportRows"/> orders matched.</summary>
    public async Task<(byte[] Content, bool Truncated)> ExportAsync(int? accountId, OrderSearch search, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(accountId, ct);
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        var rows = await Project(db, scope, Filtered(db, scope, search).OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(MaxExportRows + 1), ct);
        var truncated = rows.Count > MaxExportRows;
        static string? Iso(DateTime? d) => d?.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return (CsvExport.Write(rows.Take(MaxExportRows).Select(r => new OrderCsvRow(r.Name, r.ItemCount, r.RequestedChanges, r.CreatedBy,
            r.CreatedByOrganization, Iso(r.CreatedAt)!, r.StatusLabel, Iso(r.SubmittedAt), Iso(r.CompletedAt), r.MonthlyTotal,
            r.VendorMessage, r.NoteCount, r.LatestNote))), truncated);
    }

    /// <summary>The account's subscriptions, for the change order form.</summary>
    public async Task<IReadOnlyList<SubscriptionInfo>> SubscriptionsAsync(int? accountId, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(accountId, ct);
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        var subs = await db.Set<MarketplaceSubscription>().AsNoTracking().Where(s => s.AccountId == scope.AccountId)
            .OrderBy(s => s.ProductName).ThenBy(s => s.Id).ToListAsync(ct);
        return subs.Select(s => OrderDetailsReader.Info(s, scope.SeesMarkup)).ToList();
    }

    public async Task<OrderDetails> OrderAsync(int? accountId, int orderId, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(accountId, ct);
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        return await OrderDetailsReader.ReadAsync(db, scope, orderId, ct);
    }

    private static IQueryable<MarketplaceOrder> Filtered(ConsoleDbContext db, CustomerScope scope, OrderSearch search)
    {
        var statuses = OrderLifecycle.StatusesFor(search.View, search.Filter).ToList();
        var seesMarkup = scope.SeesMarkup;
        var query = db.Set<MarketplaceOrder>().AsNoTracking()
            .Where(o => o.AccountId == scope.AccountId && statuses.Contains(o.Status));
        if (!seesMarkup) query = query.Where(o => o.VisibleToCustomer);
        if (!string.IsNullOrWhiteSpace(search.Search))
        {
            var s = search.Search.Trim().ToLower();
            query = query.Where(o => o.Name.ToLower().Contains(s) || o.CreatedByName.ToLower().Contains(s)
                || o.Items.Any(i => (seesMarkup || i.Kind != ChangeKind.MarkupChange) && i.ProductName.ToLower().Contains(s))
                || db.Set<MarketplaceOrderNote>().Any(n => n.OrderId == o.Id && n.Text.ToLower().Contains(s)));
        }
        return query;
    }

    private static async Task<List<OrderRow>> Project(ConsoleDbContext db, CustomerScope scope, IQueryable<MarketplaceOrder> query, CancellationToken ct)
    {
        var seesMarkup = scope.SeesMarkup;
        var raw = await query.Select(o => new
        {
            o.Id, o.Name, o.Status, o.CreatedByName, o.CreatedByOrganization, o.CreatedAt, o.SubmittedAt, o.CompletedAt, o.VendorMessage,
            Items = o.Items.Where(i => seesMarkup || i.Kind != ChangeKind.MarkupChange).OrderBy(i => i.Id)
                .Select(i => new ItemSummary(i.Kind, i.Quantity, i.ProductName, i.UnitCost, i.MarkupPercent)).ToList(),
            NoteCount = db.Set<MarketplaceOrderNote>().Count(n => n.OrderId == o.Id),
            LatestNote = db.Set<MarketplaceOrderNote>().Where(n => n.OrderId == o.Id).OrderByDescending(n => n.Id).Select(n => n.Text).FirstOrDefault(),
        }).ToListAsync(ct);
        return raw.Select(o => new OrderRow(o.Id, o.Name, o.Items.Count, Summarize(o.Items), o.CreatedByName, o.CreatedByOrganization,
            o.CreatedAt, o.Status, o.LatestNote, o.NoteCount, o.SubmittedAt, o.CompletedAt, o.VendorMessage,
            o.Items.Sum(i => MarketplaceCatalog.MonthlyCost(i.Kind, i.Quantity, MarketplaceCatalog.CustomerPrice(i.UnitCost, i.MarkupPercent))))).ToList();
    }

    internal static string Summarize(IEnumerable<ItemSummary> items) => string.Join("; ", items.Select(i => i.Kind switch
    {
        ChangeKind.NewSubscription => $"New subscription: {i.Quantity} × {i.ProductName}",
        ChangeKind.LicenceIncrease => $"Licence increase +{i.Quantity} ({i.ProductName})",
        ChangeKind.LicenceDecrease => $"Licence decrease −{i.Quantity} ({i.ProductName})",
        ChangeKind.Suspension => $"Suspension ({i.ProductName})",
        ChangeKind.MarkupChange => $"Markup change to {i.MarkupPercent:0.##} % ({i.ProductName})",
        _ => i.ProductName,
    }));
}
