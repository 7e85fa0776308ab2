using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The Orders page's service: search, views, details and export (this file) and assignment
/// (<c>OrderService.Assign.cs</c>). Partner admins and staff only; every query is limited to the user's partner
/// both by the tenant filter and by an explicit <c>PartnerId</c> term that lets SQLite use the partner indexes.
/// </summary>
public sealed partial class OrderService(
    ConsoleDb consoleDb, IChangeNotifier notifier, IOptions<OrdersOptions> options, TimeProvider clock, ILogger<OrderService> logger)
{
    public const int MaxExportRows = 50_000;

    public TimeSpan ExpiringWindow => options.Value.ExpiringSoonWindow;
    private DateTime CurrentUtc => clock.GetUtcNow().UtcDateTime;

    public async Task<OrderPage> SearchAsync(OrderQuery query, PageRequest page, CancellationToken ct = default)
    {
        var user = await RequirePartnerUserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        var now = CurrentUtc;
        var partnerId = user.PartnerId!.Value;
        var limit = Math.Max(1, options.Value.SearchCountLimit);
        var (broad, overLimit, accountOrdersInView) = await ProbeSearchAsync(db, partnerId, query, now, limit, ct);
        var filtered = Filter(db, partnerId, query, now, broad);
        // When a probe alone already proves more than `limit` matches, counting them again would walk thousands of
        // orders for a number the page shows as "more than" anyway. When only search values match (no account
        // orders in the view), the capped count runs from the term index with a primary-key check per match,
        // instead of walking the view's orders with a term check per order. The capped walk of the view keeps the
        // page's own index order, so it stops after limit + 1 matches without sorting them.
        var total = overLimit ? limit + 1
            : broad && accountOrdersInView == 0 ? await TermSideCountAsync(db, partnerId, query, now, limit, ct)
            : broad ? await Sort(db, filtered, query.View, new PageRequest(), now).Take(limit + 1).CountAsync(ct)
            : await filtered.CountAsync(ct);
        var capped = broad && total > limit;
        var orders = (broad ? await NewestFirstBroadPageAsync(db, partnerId, query, page, filtered, accountOrdersInView != 0, now, ct) : null)
            ?? await Sort(db, filtered, query.View, page, now).Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(ct);
        return new OrderPage(await ToRowsAsync(db, orders, now, ct), capped ? limit : total, capped);
    }

    /// <summary>
    /// Whether a search matches many orders (more than <paramref name="limit"/> values or account orders). A narrow
    /// search is fastest driven from the matching ids; a broad one (a prefix shared by most orders, like the first
    /// digits of every SAP id) is fastest walking the sort index and stopping after one page. Both probes stop at
    /// limit + 1 distinct orders. <c>OverLimit</c>: a probe alone proves more than <paramref name="limit"/> matches in
    /// the result (only when no view or status narrows it further).
    /// </summary>
    private async Task<(bool Broad, bool OverLimit, int AccountOrdersInView)> ProbeSearchAsync(ConsoleDbContext db, int partnerId, OrderQuery query, DateTime now, int limit, CancellationToken ct)
    {
        var term = PartnerOrderSearchTerm.Normalize(query.Search ?? "");
        if (term.Length == 0) return (false, false, 0);
        var unnarrowed = !query.HasFilters && OrderStatusRules.InView(query.View, now, ExpiringWindow) is null;
        var byTerm = await InTermIndexOrder(FirstMatchPerOrder(db, partnerId, term)).Take(limit + 1).CountAsync(ct);
        if (byTerm > limit && unnarrowed) return (true, true, -1);
        // The Unassigned and Expiring views hold only orders without an account, so no order of a matching account is
        // in them; asking SQLite anyway walked every unassigned order (~45 ms at a million) to find none.
        if (query.View is OrderView.Unassigned or OrderView.Expiring) return (byTerm > limit, false, 0);
        // Account matches are counted within the view: many orders of a matching account, none of them unassigned,
        // must not send the Unassigned view walking every order for a page it will not find.
        var accountOrders = db.Set<PartnerOrder>().Where(o => AccountMatches(db, partnerId, term).Contains(o.AssignedAccountId));
        if (OrderStatusRules.InView(query.View, now, ExpiringWindow) is { } inView) accountOrders = accountOrders.Where(inView);
        // In the order of the account index (one range per matching account), so the capped count needs no sort.
        var byAccount = await accountOrders.OrderBy(o => o.AssignedAccountId).ThenBy(o => o.Id).Take(limit + 1).CountAsync(ct);
        return (byTerm + byAccount > limit, unnarrowed && byAccount > limit, byAccount);
    }

    private async Task<int> TermSideCountAsync(ConsoleDbContext db, int partnerId, OrderQuery query, DateTime now, int limit, CancellationToken ct)
    {
        var term = PartnerOrderSearchTerm.Normalize(query.Search ?? "");
        var inView = Filter(db, partnerId, query with { Search = null }, now);
        return await InTermIndexOrder(FirstMatchPerOrder(db, partnerId, term).Where(t => inView.Any(o => o.Id == t.OrderId))).Take(limit + 1).CountAsync(ct);
    }

    /// <summary>
    /// The term rows of a prefix search, one per matching order: an order with several values sharing the prefix
    /// (its SAP id and a PO number starting with the same digits) is represented by its first one only, checked with a
    /// primary-key seek. So capped counts need no DISTINCT (which EF cannot cap without an ordering).
    /// </summary>
    private static IQueryable<PartnerOrderSearchTerm> FirstMatchPerOrder(ConsoleDbContext db, int partnerId, string term)
    {
        var upper = term + '\uffff';
        // The check has no partner term (the order is the outer row's, so the tenant is too): with the tenant filter's
        // term, SQLite chose the (PartnerId, Term) index for it, a range scan per match instead of a primary-key seek.
        // EF applies IgnoreQueryFilters to the whole statement, so every part of it carries the explicit partner
        // term (here and in the view filter TermSideCountAsync adds).
        var sameOrder = db.Set<PartnerOrderSearchTerm>().IgnoreQueryFilters();
        return db.Set<PartnerOrderSearchTerm>().Where(t => t.PartnerId == partnerId && string.Compare(t.Term, term) >= 0 && string.Compare(t.Term, upper) < 0
            && !sameOrder.Any(s => s.OrderId == t.OrderId && string.Compare(s.Term, term) >= 0 && string.Compare(s.Term, t.Term) < 0));
    }

    /// <summary>Exactly the order of the (PartnerId, Term, PurchasedAt, OrderId) index: a capped count walks the
    /// index and stops, without sorting the matches (and EF sees an ordered row limit).</summary>
    private static IOrderedQueryable<PartnerOrderSearchTerm> InTermIndexOrder(IQueryable<PartnerOrderSearchTerm> terms) =>
        terms.OrderBy(t => t.PartnerId).ThenBy(t => t.Term).ThenBy(t => t.PurchasedAt).ThenBy(t => t.OrderId);

    private static IQueryable<int> TermMatches(ConsoleDbContext db, int partnerId, string term)
    {
        var upper = term + '\uffff';
        return db.Set<PartnerOrderSearchTerm>()
            .Where(t => t.PartnerId == partnerId && string.Compare(t.Term, term) >= 0 && string.Compare(t.Term, upper) < 0)
            .Select(t => t.OrderId);
    }

    private static IQueryable<int?> AccountMatches(ConsoleDbContext db, int partnerId, string term)
    {
        var like = Like(term);
        return db.Set<CustomerAccount>()
            .Where(a => a.PartnerId == partnerId && EF.Functions.Like(a.Name, like, "\\"))
            .Select(a => (int?)a.Id);
    }

    /// <summary>One order of the user's partner, or null (also for another partner's order id).</summary>
    public async Task<OrderRow?> GetAsync(int orderId, CancellationToken ct = default)
    {
        var user = await RequirePartnerUserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        var order = await db.Set<PartnerOrder>().AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == orderId && o.PartnerId == user.PartnerId, ct);
        return order is null ? null : (await ToRowsAsync(db, [order], CurrentUtc, ct))[0];
    }

    public async Task<int> CountAsync(OrderView view, CancellationToken ct = default)
    {
        var user = await RequirePartnerUserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await Filter(db, user.PartnerId!.Value, new OrderQuery(view), CurrentUtc).CountAsync(ct);
    }

    /// <summary>The partner's accounts whose name or account id contains <paramref name="search"/>, for the Company drop-down.</summary>
    public async Task<IReadOnlyList<AccountChoice>> FindAccountsAsync(string? search, int take = 50, CancellationToken ct = default)
    {
        var user = await RequirePartnerUserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        var accounts = db.Set<CustomerAccount>().AsNoTracking().Where(a => a.PartnerId == user.PartnerId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var like = Like(search.Trim());
            accounts = accounts.Where(a => EF.Functions.Like(a.Name, like, "\\") || EF.Functions.Like(a.AccountKey, like, "\\"));
        }
        return await accounts.OrderBy(a => a.Status).ThenBy(a => a.Name).Take(Math.Clamp(take, 1, 200))
            .Select(a => new AccountChoice(a.Id, a.Name, a.AccountKey, a.Status)).ToListAsync(ct);
    }

    public async Task<(byte[] Csv, int Rows, bool Truncated)> ExportCsvAsync(OrderQuery query, PageRequest sort, CancellationToken ct = default)
    {
        var user = await RequirePartnerUserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        var now = CurrentUtc;
        var filtered = Filter(db, user.PartnerId!.Value, query, now);
        var orders = await Sort(db, filtered, query.View, sort, now).Take(MaxExportRows + 1).ToListAsync(ct);
        var truncated = orders.Count > MaxExportRows;
        var rows = await ToRowsAsync(db, truncated ? orders[..MaxExportRows] : orders, now, ct);
        var csv = CsvExport.Write(rows.Select(r => new
        {
            Status = r.StatusLabel,
            SapOrderId = r.SapOrderId,
            ResellerPoNumber = r.ResellerPoNumber,
            ResellerSapId = r.ResellerSapId,
            CustomerPoNumber = r.CustomerPoNumber,
            TrackingNumber = r.TrackingNumber,
            Product = r.ProductName,
            Licenses = r.Licenses,
            Term = r.TermText,
            PurchaseDate = r.PurchasedText,
            ExpiryDate = r.ExpiresText,
            Account = r.AccountName ?? "",
        }));
        return (csv, rows.Count, truncated);
    }

    private IQueryable<PartnerOrder> Filter(ConsoleDbContext db, int partnerId, OrderQuery query, DateTime now, bool broad = false)
    {
        var orders = db.Set<PartnerOrder>().AsNoTracking();
        var term = PartnerOrderSearchTerm.Normalize(query.Search ?? "");
        if (term.Length == 0 || broad)
        {
            // The explicit partner term (besides the tenant filter, which SQLite cannot use for an index) lets
            // the views and the default sort run on the (PartnerId, ...) indexes.
            orders = orders.Where(o => o.PartnerId == partnerId);
        }
        if (term.Length > 0 && broad && OnPostgres(db)) orders = WhereBroadMatchOnPostgres(db, orders, term);
        else if (term.Length > 0 && broad)
        {
            // Checked per order while walking the sort index (primary-key seek on the terms), stopping after a page.
            var upper = term + '\uffff';
            var accountIds = AccountMatches(db, partnerId, term);
            orders = orders.Where(o =>
                db.Set<PartnerOrderSearchTerm>().Any(t => t.OrderId == o.Id && string.Compare(t.Term, term) >= 0 && string.Compare(t.Term, upper) < 0)
                || accountIds.Contains(o.AssignedAccountId));
        }
        else if (term.Length > 0)
        {
            // Driven from the matching ids, orders looked up by primary key. Combining the two with OR on the orders
            // table, or adding the partner term there, made SQLite walk all the partner's orders instead.
            var byAccount = db.Set<PartnerOrder>().Where(o => AccountMatches(db, partnerId, term).Contains(o.AssignedAccountId)).Select(o => o.Id);
            var ids = TermMatches(db, partnerId, term).Union(byAccount);
            orders = orders.Where(o => ids.Contains(o.Id));
        }
        if (OrderStatusRules.InView(query.View, now, ExpiringWindow) is { } inView) orders = orders.Where(inView);
        if (query.Status is { } status) orders = orders.Where(OrderStatusRules.Is(status, now, ExpiringWindow));
        if (query.ExpiresFrom is { } expiresFrom) orders = orders.Where(o => o.ExpiresAt >= expiresFrom.Date);
        if (query.ExpiresTo is { } expiresTo) { var before = expiresTo.Date.AddDays(1); orders = orders.Where(o => o.ExpiresAt < before); }
        if (query.PurchasedFrom is { } purchasedFrom) orders = orders.Where(o => o.PurchasedAt >= purchasedFrom.Date);
        if (query.PurchasedTo is { } purchasedTo) { var before = purchasedTo.Date.AddDays(1); orders = orders.Where(o => o.PurchasedAt < before); }
        if (query.Assigned is { } assigned) orders = assigned ? orders.Where(o => o.AssignedAccountId != null) : orders.Where(o => o.AssignedAccountId == null);
        if (query.Product is { } product) orders = orders.Where(o => o.Product == product);
        return orders;
    }

    private IQueryable<PartnerOrder> Sort(ConsoleDbContext db, IQueryable<PartnerOrder> orders, OrderView view, PageRequest page, DateTime now)
    {
        var desc = page.Descending;
        IOrderedQueryable<PartnerOrder> sorted = page.SortBy switch
        {
            nameof(OrderRow.SapOrderId) => desc ? orders.OrderByDescending(o => o.SapOrderId) : orders.OrderBy(o => o.SapOrderId),
            nameof(OrderRow.ResellerPoNumber) => desc ? orders.OrderByDescending(o => o.ResellerPoNumber) : orders.OrderBy(o => o.ResellerPoNumber),
            nameof(OrderRow.CustomerPoNumber) => desc ? orders.OrderByDescending(o => o.CustomerPoNumber) : orders.OrderBy(o => o.CustomerPoNumber),
            nameof(OrderRow.TrackingNumber) => desc ? orders.OrderByDescending(o => o.TrackingNumber) : orders.OrderBy(o => o.TrackingNumber),
            nameof(OrderRow.ProductName) => desc ? orders.OrderByDescending(o => o.Product) : orders.OrderBy(o => o.Product),
            nameof(OrderRow.Licenses) => desc ? orders.OrderByDescending(o => o.Licenses) : orders.OrderBy(o => o.Licenses),
            nameof(OrderRow.TermText) => desc ? orders.OrderByDescending(o => o.TermMonths) : orders.OrderBy(o => o.TermMonths),
            nameof(OrderRow.PurchasedText) => desc ? orders.OrderByDescending(o => o.PurchasedAt) : orders.OrderBy(o => o.PurchasedAt),
            nameof(OrderRow.ExpiresText) => desc ? orders.OrderByDescending(o => o.ExpiresAt) : orders.OrderBy(o => o.ExpiresAt),
            nameof(OrderRow.StatusLabel) => desc ? orders.OrderByDescending(OrderStatusRules.Rank(now, ExpiringWindow)) : orders.OrderBy(OrderStatusRules.Rank(now, ExpiringWindow)),
            nameof(OrderRow.AccountName) => desc
                ? orders.OrderByDescending(o => db.Set<CustomerAccount>().Where(a => a.Id == o.AssignedAccountId).Select(a => a.Name).FirstOrDefault())
                : orders.OrderBy(o => db.Set<CustomerAccount>().Where(a => a.Id == o.AssignedAccountId).Select(a => a.Name).FirstOrDefault()),
            // Expiring orders are worked through soonest first; everything else newest purchase first.
            _ when view == OrderView.Expiring => orders.OrderBy(o => o.ExpiresAt),
            _ => orders.OrderByDescending(o => o.PurchasedAt),
        };
        return desc || (page.SortBy is null && view != OrderView.Expiring) ? sorted.ThenByDescending(o => o.Id) : sorted.ThenBy(o => o.Id);
    }

    private async Task<List<OrderRow>> ToRowsAsync(ConsoleDbContext db, IReadOnlyList<PartnerOrder> orders, DateTime now, CancellationToken ct)
    {
        var accountIds = orders.Where(o => o.AssignedAccountId != null).Select(o => o.AssignedAccountId!.Value).Distinct().ToList();
        var names = accountIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.Set<CustomerAccount>().AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return orders.Select(o => OrderRow.From(o, o.AssignedAccountId is { } a ? names.GetValueOrDefault(a) : null, now, ExpiringWindow)).ToList();
    }

    private async Task<UserContext> RequirePartnerUserAsync()
    {
        var user = await consoleDb.UserAsync();
        return user.Require(user.IsPartnerUser && user.PartnerId is not null, "Orders are available to partner admins and staff only.");
    }

    private static string Like(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
