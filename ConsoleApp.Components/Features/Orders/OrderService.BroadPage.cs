using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The page of a broad search in the default newest-purchase-first order. Walking the purchase-date index with a
/// term check per order (the plain broad plan) is fast when matches are common among recent purchases, but a term
/// whose matches are all older (an expiry-date prefix a year out) walked hundreds of thousands of orders at a million
/// (1.3 s). So the walk is bounded: the newest orders of the view are checked first, and
/// only when they hold fewer matches than the page needs does the page come from the term side, ordered by purchase
/// date over the matches alone. The window is <see cref="OrdersOptions.SearchWindow"/> (2,000) orders.
/// </summary>
public sealed partial class OrderService
{
    /// <summary>Null when the page is not in the default order (column sorts and the Expiring view keep the walk).</summary>
    private async Task<List<OrderRow>?> NewestFirstBroadPageAsync(ConsoleDbContext db, int partnerId, OrderQuery query, PageRequest page,
        IQueryable<PartnerOrder> filtered, bool accountOrdersMatch, bool partnerWide, DateTime now, CancellationToken ct)
    {
        if (page.SortBy is not null || query.View == OrderView.Expiring) return null;
        // A date prefix covers few values whose matches need not be recent: read value by value first. Any other
        // prefix tries the window first (its matches are usually common among recent orders) and the value scan after.
        var datePrefix = LooksLikeDatePrefix(PartnerOrderSearchTerm.Normalize(query.Search ?? ""));
        if (datePrefix && await ValueScanPageAsync(db, partnerId, query, page, accountOrdersMatch, partnerWide, now, ct) is { } byValue) return byValue;
        var need = page.SafeSkip + page.SafeTake;
        var window = Math.Max(Math.Max(1, options.Value.SearchWindow), need * 2);
        List<OrderRow> inWindow;
        if (await WindowPageAsSqlOnSqliteAsync(db, partnerId, query, PartnerOrderSearchTerm.Normalize(query.Search ?? ""), page, window, partnerWide, now, ct) is { } bySql)
        {
            // The whole view fitted in the window: the walk was not bounded, so its rows are the answer.
            if (!bySql.Bounded) return bySql.Rows;
            inWindow = bySql.Rows;
        }
        else
        {
            var view = Filter(db, partnerId, query with { Search = null }, now);
            // The window ends at the sort key of its last order: a range on the purchase-date index that SQLite stops at
            // (a list of 2,000 ids cost more to bind than the walk it replaced; a LIMIT subquery trips EF's row-limit warning).
            var last = await Sort(db, view, query.View, page, now).Skip(window - 1).Select(o => new { o.PurchasedAt, o.Id }).FirstOrDefaultAsync(ct);
            if (last is null) return null; // the whole view fits in the window: the plain walk is bounded already
            var fromLast = OnPostgres(db) ? FromKeyOnPostgres(filtered, last.PurchasedAt, last.Id)
                : filtered.Where(o => o.PurchasedAt >= last.PurchasedAt && (o.PurchasedAt > last.PurchasedAt || o.Id >= last.Id));
            inWindow = await PageRowsAsync(db, Sort(db, fromLast, query.View, page, now).Skip(page.SafeSkip).Take(page.SafeTake), now, ct);
        }
        // The window is a prefix of the view in page order, so once it holds the whole page the page is exact.
        if (inWindow.Count == page.SafeTake) return inWindow;
        if (!datePrefix && await ValueScanPageAsync(db, partnerId, query, page, accountOrdersMatch, partnerWide, now, ct) is { } scanned) return scanned;

        var ids = await TermSideNewestAsync(db, partnerId, query, now, need, accountOrdersMatch, ct);
        var pageIds = ids.Skip(page.SafeSkip).Take(page.SafeTake).ToList();
        return await PageRowsAsync(db, db.Set<PartnerOrder>().AsNoTracking().Where(o => o.PartnerId == partnerId && pageIds.Contains(o.Id))
            .OrderByDescending(o => o.PurchasedAt).ThenByDescending(o => o.Id), now, ct);
    }

    /// <summary>
    /// The first <paramref name="need"/> matching order ids of the view, newest purchase first, from the term index
    /// (and the orders of matching accounts, when the probe found any in the view). The terms carry their order's
    /// purchase date, so the candidates come from the term index alone (no order row per match); they are checked
    /// against the view in growing rounds, so an Unassigned search does not check every match.
    /// </summary>
    private async Task<List<int>> TermSideNewestAsync(ConsoleDbContext db, int partnerId, OrderQuery query, DateTime now, int need, bool accountOrdersMatch, CancellationToken ct)
    {
        var term = PartnerOrderSearchTerm.Normalize(query.Search ?? "");
        var upper = term + '\uffff';
        var narrowed = query.HasFilters || OrderStatusRules.InView(query.View, now, ExpiringWindow) is not null;
        var limit = Math.Max(1, options.Value.SearchCountLimit);
        // Orders of matching accounts: all of them (up to the count limit) by the account index, in its order. With
        // an ordering by purchase date, SQLite walked the partner's purchase-date index instead, through every order
        // when no account matched.
        var byAccount = accountOrdersMatch
            ? await db.Set<PartnerOrder>().Where(o => AccountMatches(db, partnerId, term).Contains(o.AssignedAccountId))
                .OrderBy(o => o.AssignedAccountId).ThenBy(o => o.Id).Select(o => new Candidate(o.Id, o.PurchasedAt)).Take(limit + 1).ToListAsync(ct)
            : [];
        var accountsComplete = byAccount.Count <= limit;
        // One order can match with several values (and its account): up to 6 rows per order, so 6 × need rows hold
        // `need` distinct orders when there are that many.
        for (var take = need * 6 * (narrowed ? 4 : 1); ; take *= 8)
        {
            var rows = await db.Set<PartnerOrderSearchTerm>()
                .Where(t => t.PartnerId == partnerId && string.Compare(t.Term, term) >= 0 && string.Compare(t.Term, upper) < 0)
                .OrderByDescending(t => t.PurchasedAt).ThenByDescending(t => t.OrderId)
                .Select(t => new Candidate(t.OrderId, t.PurchasedAt)).Take(take).ToListAsync(ct);
            var complete = rows.Count < take;
            if (byAccount.Count > 0)
            {
                var accounts = accountsComplete ? byAccount : await db.Set<PartnerOrder>()
                    .Where(o => o.PartnerId == partnerId && AccountMatches(db, partnerId, term).Contains(o.AssignedAccountId))
                    .OrderByDescending(o => o.PurchasedAt).ThenByDescending(o => o.Id)
                    .Select(o => new Candidate(o.Id, o.PurchasedAt)).Take(take).ToListAsync(ct);
                var accountsCut = !accountsComplete && accounts.Count == take;
                // Merged, the lists are exact down to the newer of their last entries (when either was cut off).
                var bound = new[] { complete ? null : rows.LastOrDefault(), accountsCut ? accounts.LastOrDefault() : null }
                    .Where(c => c is not null).OrderByDescending(c => c!.PurchasedAt).ThenByDescending(c => c!.Id).FirstOrDefault();
                rows = rows.Concat(accounts).OrderByDescending(c => c.PurchasedAt).ThenByDescending(c => c.Id)
                    .Where(c => bound is null || c.PurchasedAt > bound.PurchasedAt || (c.PurchasedAt == bound.PurchasedAt && c.Id >= bound.Id)).ToList();
                complete &= !accountsCut;
            }
            var candidates = rows.Select(c => c.Id).Distinct().ToList();
            if (!narrowed && (candidates.Count >= need || complete)) return candidates.Take(need).ToList();
            if (!narrowed) continue;
            var inView = (await Filter(db, partnerId, query with { Search = null }, now).Where(o => EF.Parameter(candidates).Contains(o.Id)).Select(o => o.Id).ToListAsync(ct)).ToHashSet();
            var matches = candidates.Where(inView.Contains).Take(need).ToList();
            if (matches.Count == need || complete) return matches;
        }
    }

    private sealed record Candidate(int Id, DateTime PurchasedAt);
}
