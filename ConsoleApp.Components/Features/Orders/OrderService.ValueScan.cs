using System.Text.RegularExpressions;
using ConsoleApp.Components.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The page of a broad search read value by value from the (PartnerId, Term, PurchasedAt, OrderId) index (a
/// skip-scan by hand), SQLite only. Within one term value the index is in purchase order, so the newest matches of
/// a prefix that covers few distinct values (an expiry-date prefix like <c>2027-0</c>: 273 dates) come from the
/// newest entries of each value, merged: a few hundred index seeks instead of sorting every match (92,000 at a million
/// orders) or walking the purchase-date index past hundreds of thousands of orders that do not match. Exact by
/// construction (see the comments on the statement); a prefix with more than <see cref="MaxScannedValues"/> values
/// (the first digits of every SAP id) is left to the other strategies. One statement: values, bound, candidates
/// (with the orders of matching accounts) and the page's orders with their account names.
/// </summary>
public sealed partial class OrderService
{
    /// <summary>Above this many distinct values in the prefix's range, reading each value's newest entries costs more
    /// than the other strategies (which also suit such prefixes: their matches are common among recent orders).</summary>
    internal const int MaxScannedValues = 500;

    /// <summary>How many values (those with the newest entries) give the page's lower bound.</summary>
    private const int BoundValues = 8;

    /// <summary>A prefix of a date as the page shows it (yyyy-MM-dd), from the year's dash on: few values (at most a
    /// year's days), matches that need not be recent, so the value scan is tried first.</summary>
    [GeneratedRegex(@"^\d{4}-(\d(\d(-(\d\d?)?)?)?)?$")]
    private static partial Regex DatePrefix();

    private static bool LooksLikeDatePrefix(string term) => DatePrefix().IsMatch(term);

    /// <summary>The page in newest-purchase order, or null when the statement does not answer it: more than
    /// <see cref="MaxScannedValues"/> values, a provider other than SQLite, a view or filter it does not express (only
    /// All and Unassigned, without filters), or no order on the page (then the other strategies say why).</summary>
    private async Task<List<OrderRow>?> ValueScanPageAsync(ConsoleDbContext db, int partnerId, OrderQuery query, PageRequest page,
        bool accountOrdersMatch, bool partnerWide, DateTime now, CancellationToken ct)
    {
        // One shape on both providers: the All and Unassigned views without filters; each provider has its own text.
        if (!query.IsPlainView) return null;
        if (OnPostgres(db))
            return await ValueScanPageOnPostgresAsync(db, partnerId, query, page, accountOrdersMatch, now, ct) is { } onPostgres ? await ToRowsAsync(db, onPostgres, now, ct) : null;
        if (!db.Database.IsSqlite()) return null;
        var unassigned = query.View == OrderView.Unassigned;
        var term = PartnerOrderSearchTerm.Normalize(query.Search ?? "");
        // The Unassigned view's rule (OrderStatusRules.InView) in SQL, checked per entry, so that a value's bound is
        // its need-th match in the view. CROSS JOIN fixes the join order (SQLite keeps the left side outer): with a
        // plain JOIN, SQLite 3.53 read every term of the partner and scanned the values inside (6 s instead of 4 ms).
        var orders = unassigned ? """ CROSS JOIN "PartnerOrders" o""" : "";
        string InView(string alias) => unassigned
            ? $"""
               AND o."Id" = {alias}."OrderId" AND o."AssignedAccountId" IS NULL AND (o."ExpiresAt" IS NULL OR o."ExpiresAt" > @now)
              """
            : "";
        // Orders of matching accounts (never in the Unassigned view): every one of them, by the account index.
        var accounts = accountOrdersMatch && !unassigned
            ? """

               UNION ALL SELECT o."Id", o."PurchasedAt" FROM "PartnerOrders" o
                 WHERE o."AssignedAccountId" IN (SELECT a."Id" FROM "CustomerAccounts" a WHERE a."PartnerId" = @p AND a."Name" LIKE @like ESCAPE '\')
              """
            : "";
        // v: the distinct values in the prefix's range (one index seek each, at most MaxScannedValues + 1).
        // bound: a lower bound of the page's last purchase date. The values with the newest entries (BoundValues of
        // them) hold at least `need` distinct matching orders at or after the need-th newest of their own newest
        // `need` matches in the view, so no older match can be on the page; every value is then read only from there
        // on (most values of a date prefix have no entry that new: one seek each). When those values hold fewer than
        // `need` matches, each value is read down to its own need-th match in the view instead. One value was not
        // enough at 100,000 orders (its 25 newest Unassigned matches reach back over many other dates: 29 ms); eight
        // cost 2-5 ms at 100,000 and at a million.
        // c: the candidates, k: the page's order ids (an order matching by two values counts once).
        var sql = $"""
            WITH RECURSIVE v("Term") AS (
                SELECT min(s."Term") FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" >= @t AND s."Term" < @u
                UNION ALL
                SELECT (SELECT min(s."Term") FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" > v."Term" AND s."Term" < @u)
                FROM v WHERE v."Term" IS NOT NULL LIMIT @values + 1),
            best("Term") AS (SELECT v."Term" FROM v WHERE v."Term" IS NOT NULL
                ORDER BY (SELECT max(s."PurchasedAt") FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" = v."Term") DESC LIMIT @best),
            bound("At") AS (SELECT coalesce((SELECT max(b."PurchasedAt") FROM best CROSS JOIN "PartnerOrderSearchTerms" b{orders}
                WHERE b."PartnerId" = @p AND b."Term" = best."Term"{InView("b")} AND b."PurchasedAt" >= coalesce(
                    (SELECT x."PurchasedAt" FROM "PartnerOrderSearchTerms" x{orders} WHERE x."PartnerId" = @p AND x."Term" = best."Term"{InView("x")}
                     ORDER BY x."PurchasedAt" DESC, x."OrderId" DESC LIMIT 1 OFFSET @need - 1), '')
                GROUP BY b."OrderId" ORDER BY 1 DESC LIMIT 1 OFFSET @need - 1), '')),
            c("OrderId", "PurchasedAt") AS (
                SELECT t."OrderId", t."PurchasedAt" FROM v CROSS JOIN bound CROSS JOIN "PartnerOrderSearchTerms" t{orders}
                WHERE t."PartnerId" = @p AND t."Term" = v."Term" AND t."PurchasedAt" >= CASE WHEN bound."At" > '' THEN bound."At" ELSE coalesce(
                    (SELECT b."PurchasedAt" FROM "PartnerOrderSearchTerms" b{orders} WHERE b."PartnerId" = @p AND b."Term" = v."Term"{InView("b")}
                     ORDER BY b."PurchasedAt" DESC, b."OrderId" DESC LIMIT 1 OFFSET @need - 1), '') END{InView("t")}
                  AND (SELECT count(*) FROM v WHERE v."Term" IS NOT NULL) <= @values{accounts}),
            k AS (SELECT "OrderId", max("PurchasedAt") AS "PurchasedAt" FROM c GROUP BY "OrderId" ORDER BY 2 DESC, 1 DESC LIMIT @take OFFSET @skip)
            {PageColumnsSql("0")} WHERE o."Id" IN (SELECT "OrderId" FROM k) ORDER BY o."PurchasedAt" DESC, o."Id" DESC
            """;
        // The rows come with their account names (as the narrow and window pages do, OrderService.SqlitePage.cs),
        // one statement instead of a second one for the names.
        var found = await db.Database.SqlQueryRaw<PageRowSql>(sql,
                new SqliteParameter("@p", partnerId), new SqliteParameter("@t", term), new SqliteParameter("@u", term + '\uffff'),
                new SqliteParameter("@like", Like(term)), new SqliteParameter("@now", now), new SqliteParameter("@values", MaxScannedValues), new SqliteParameter("@best", BoundValues),
                new SqliteParameter("@need", page.SafeSkip + page.SafeTake), new SqliteParameter("@take", page.SafeTake), new SqliteParameter("@skip", page.SafeSkip))
            .ToListAsync(ct);
        if (found.Count == 0) return null;
        // A user scoped to one account sees the names the tenant filter lets through (see SearchAsync).
        return partnerWide ? found.Select(r => r.ToRow(now, ExpiringWindow)).ToList() : await ToRowsAsync(db, found.Select(r => r.ToOrder()).ToList(), now, ct);
    }
}
