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
        // One connection for the whole search: EF otherwise opens and closes it around every statement, and every
        // opening runs the connection set-up again (SQLite: the pragmas of SqliteConnectionSetup).
        await db.Database.OpenConnectionAsync(ct);
        var now = CurrentUtc;
        var partnerId = user.PartnerId!.Value;
        var limit = Math.Max(1, options.Value.SearchCountLimit);
        var term = PartnerOrderSearchTerm.Normalize(query.Search ?? "");
        if (term.Length == 0)
        {
            var inView = Filter(db, partnerId, query, now);
            var (count, capped) = await CountViewAsync(inView, query, page, ct);
            var rows = count == 0 ? [] : await PageRowsAsync(db, Sort(db, inView, query.View, page, now).Skip(page.SafeSkip).Take(page.SafeTake), now, ct);
            return new OrderPage(rows, count, capped);
        }
        // The capped total comes with the probe (one statement); nothing to page through when it is 0.
        var counts = await ProbeSearchAsync(db, partnerId, query, term, now, limit, ct);
        var total = Math.Min(limit + 1, counts.TermInView + counts.AccountOnly);
        if (total == 0) return new OrderPage([], 0, false);
        var broad = counts.ByTerm + counts.AccountOnly > limit;
        var filtered = Filter(db, partnerId, query, now, broad);
        // The LINQ page's account names follow the tenant filter, which for a user scoped to one account hides the
        // other accounts' names: such a user keeps the LINQ page (the SQL text names the partner only).
        var partnerWide = user.AccountId is null;
        var items = (broad ? await NewestFirstBroadPageAsync(db, partnerId, query, page, filtered, counts.AccountOnly != 0, partnerWide, now, ct)
                : await NarrowPageAsSqlOnSqliteAsync(db, partnerId, query, term, page, partnerWide, now, ct))
            ?? await PageRowsAsync(db, Sort(db, filtered, query.View, page, now).Skip(page.SafeSkip).Take(page.SafeTake), now, ct);
        return new OrderPage(items, Math.Min(total, limit), total > limit);
    }

    /// <param name="ByTerm">Orders with a search value starting with the term (any view), up to limit + 1: whether the
    /// search is broad (a prefix shared by most orders, like the first digits of every SAP id: fastest walking the sort
    /// index and stopping after one page) or narrow (fastest driven from the matching ids).</param>
    /// <param name="TermInView">Those of them in the view and filters, up to limit + 1.</param>
    /// <param name="AccountOnly">Orders of matching accounts in the view and filters without a matching value (so not
    /// counted in <paramref name="TermInView"/>), up to limit + 1. Always 0 in the Unassigned and Expiring views, which
    /// hold only orders without an account.</param>
    private sealed record SearchCounts(int ByTerm, int TermInView, int AccountOnly);

    /// <summary>
    /// The counts of a search in one statement (each a scalar subquery that stops after limit + 1 rows): the total is
    /// <c>TermInView + AccountOnly</c> capped at limit + 1, exact below it (an order matching by value and by account
    /// counts once). Every count walks an index in its own order, so it stops without sorting (and EF sees an ordered
    /// row limit): the terms in (PartnerId, Term, PurchasedAt, OrderId) order, one row per order; the account orders
    /// in (PartnerId, AssignedAccountId, ExpiresAt, Id) order, which SQLite reads from that index alone.
    /// </summary>
    private async Task<SearchCounts> ProbeSearchAsync(ConsoleDbContext db, int partnerId, OrderQuery query, string term, DateTime now, int limit, CancellationToken ct)
    {
        // The common shapes on SQLite as SQL text (OrderService.SqliteProbe.cs says why); the LINQ below is the contract.
        if (await ProbeAsSqlOnSqliteAsync(db, partnerId, query, term, now, limit, ct) is { } bySql) return bySql;
        var narrowed = query.HasFilters || OrderStatusRules.InView(query.View, now, ExpiringWindow) is not null;
        // The view and filters with an explicit partner term: FirstMatchPerOrder ignores query filters, and EF applies
        // that to the whole statement, so every part of it carries its own partner term.
        var inView = Filter(db, partnerId, query with { Search = null }, now);
        var byTerm = InTermIndexOrder(FirstMatchPerOrder(db, partnerId, term)).Take(limit + 1);
        // Unnarrowed, the view is every order: TermInView is ByTerm, and LIMIT 0 reads nothing.
        var termInView = InTermIndexOrder(FirstMatchPerOrder(db, partnerId, term).Where(t => inView.Any(o => o.Id == t.OrderId))).Take(narrowed ? limit + 1 : 0);
        var upper = term + '\uffff';
        var accountOnly = inView
            .Where(o => AccountMatches(db, partnerId, term).Contains(o.AssignedAccountId)
                && !db.Set<PartnerOrderSearchTerm>().Any(t => t.OrderId == o.Id && string.Compare(t.Term, term) >= 0 && string.Compare(t.Term, upper) < 0))
            .OrderBy(o => o.PartnerId).ThenBy(o => o.AssignedAccountId).ThenBy(o => o.ExpiresAt).ThenBy(o => o.Id)
            .Take(query.View is OrderView.Unassigned or OrderView.Expiring ? 0 : limit + 1);
        var counts = await db.Set<Partner>().Where(p => p.Id == partnerId)
            .Select(p => new SearchCounts(byTerm.Count(), termInView.Count(), accountOnly.Count()))
            .FirstOrDefaultAsync(ct) ?? new SearchCounts(0, 0, 0);
        return narrowed ? counts : counts with { TermInView = counts.ByTerm };
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
        // term (here and in the view filter the probe adds).
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

    /// <summary>A page of orders with their account names in the same statement (a primary-key lookup per row).</summary>
    private async Task<List<OrderRow>> PageRowsAsync(ConsoleDbContext db, IQueryable<PartnerOrder> page, DateTime now, CancellationToken ct)
    {
        var rows = await page.Select(o => new { Order = o, Name = db.Set<CustomerAccount>().Where(a => a.Id == o.AssignedAccountId).Select(a => a.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => OrderRow.From(r.Order, r.Name, now, ExpiringWindow)).ToList();
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
