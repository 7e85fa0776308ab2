using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The value-by-value page of a broad search (<c>OrderService.ValueScan.cs</c>) on PostgreSQL: the same statement
/// and the same answer, written the way PostgreSQL runs it. PostgreSQL has no skip scan of its own, so the distinct
/// values of the prefix come from a recursive CTE (one index seek per value, as on SQLite); an expiry-date prefix
/// like <c>2027-0</c> (273 dates, 92,000 matches at a million orders) then costs a few hundred index seeks instead of
/// sorting every match. Differences from the SQLite text, each because PostgreSQL needs it:
/// <list type="bullet">
/// <item>A recursive CTE takes no <c>LIMIT</c>; the values carry a counter that stops the recursion after
/// <see cref="MaxScannedValues"/> + 1 values.</item>
/// <item>"No bound" is NULL rather than <c>''</c> (a timestamp is not text), and "no need-th entry" is
/// <c>-infinity</c>, so the lower bound of a value reads all of it.</item>
/// <item>Account names compare lower-cased, as the console's <c>LIKE</c> does on PostgreSQL. (<c>CROSS JOIN</c>, which
/// fixes the join order on SQLite, is an ordinary join on PostgreSQL; its plan keeps the values outer by itself.)</item>
/// </list>
/// </summary>
public sealed partial class OrderService
{
    private async Task<List<PartnerOrder>?> ValueScanPageOnPostgresAsync(ConsoleDbContext db, int partnerId, OrderQuery query, PageRequest page,
        bool accountOrdersMatch, DateTime now, CancellationToken ct)
    {
        var unassigned = query.View == OrderView.Unassigned;
        var term = PartnerOrderSearchTerm.Normalize(query.Search ?? "");
        // The Unassigned view's rule (OrderStatusRules.InView) in SQL, checked per entry.
        var orders = unassigned ? """ CROSS JOIN "PartnerOrders" o""" : "";
        string InView(string alias) => unassigned
            ? $"""
               AND o."Id" = {alias}."OrderId" AND o."AssignedAccountId" IS NULL AND (o."ExpiresAt" IS NULL OR o."ExpiresAt" > @now)
              """
            : "";
        var accounts = accountOrdersMatch && !unassigned
            ? """

               UNION ALL SELECT o."Id", o."PurchasedAt" FROM "PartnerOrders" o
                 WHERE o."AssignedAccountId" IN (SELECT a."Id" FROM "CustomerAccounts" a WHERE a."PartnerId" = @p AND lower(a."Name") LIKE @like ESCAPE '\')
              """
            : "";
        // The same parts as on SQLite (see OrderService.ValueScan.cs for why each is exact): v the values, best the
        // values with the newest entries, bound a lower bound of the page's purchase dates (NULL: none), c the
        // candidates, k the page's order ids.
        var sql = $"""
            WITH RECURSIVE v("Term", "N") AS (
                SELECT min(s."Term"), 1 FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" >= @t AND s."Term" < @u
                UNION ALL
                SELECT (SELECT min(s."Term") FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" > v."Term" AND s."Term" < @u), v."N" + 1
                FROM v WHERE v."Term" IS NOT NULL AND v."N" <= @values),
            best("Term") AS (SELECT v."Term" FROM v WHERE v."Term" IS NOT NULL
                ORDER BY (SELECT max(s."PurchasedAt") FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" = v."Term") DESC LIMIT @best),
            bound("At") AS (SELECT (SELECT max(b."PurchasedAt") FROM best CROSS JOIN "PartnerOrderSearchTerms" b{orders}
                WHERE b."PartnerId" = @p AND b."Term" = best."Term"{InView("b")} AND b."PurchasedAt" >= coalesce(
                    (SELECT x."PurchasedAt" FROM "PartnerOrderSearchTerms" x{orders} WHERE x."PartnerId" = @p AND x."Term" = best."Term"{InView("x")}
                     ORDER BY x."PurchasedAt" DESC, x."OrderId" DESC LIMIT 1 OFFSET @need - 1), '-infinity')
                GROUP BY b."OrderId" ORDER BY 1 DESC LIMIT 1 OFFSET @need - 1)),
            c("OrderId", "PurchasedAt") AS (
                SELECT t."OrderId", t."PurchasedAt" FROM v CROSS JOIN bound CROSS JOIN "PartnerOrderSearchTerms" t{orders}
                WHERE t."PartnerId" = @p AND t."Term" = v."Term" AND t."PurchasedAt" >= coalesce(bound."At",
                    (SELECT b."PurchasedAt" FROM "PartnerOrderSearchTerms" b{orders} WHERE b."PartnerId" = @p AND b."Term" = v."Term"{InView("b")}
                     ORDER BY b."PurchasedAt" DESC, b."OrderId" DESC LIMIT 1 OFFSET @need - 1), '-infinity'){InView("t")}
                  AND (SELECT count(*) FROM v WHERE v."Term" IS NOT NULL) <= @values{accounts}),
            k AS (SELECT "OrderId", max("PurchasedAt") AS "PurchasedAt" FROM c GROUP BY "OrderId" ORDER BY 2 DESC, 1 DESC LIMIT @take OFFSET @skip)
            SELECT o.* FROM k JOIN "PartnerOrders" o ON o."Id" = k."OrderId" ORDER BY o."PurchasedAt" DESC, o."Id" DESC
            """;
        var found = await db.Set<PartnerOrder>().FromSqlRaw(sql,
                new NpgsqlParameter<int>("p", partnerId), new NpgsqlParameter<string>("t", term), new NpgsqlParameter<string>("u", term + '\uffff'),
                new NpgsqlParameter<string>("like", Like(term)), new NpgsqlParameter<DateTime>("now", NpgsqlDbType.Timestamp) { TypedValue = now },
                new NpgsqlParameter<int>("values", MaxScannedValues), new NpgsqlParameter<int>("best", BoundValues),
                new NpgsqlParameter<int>("need", page.SafeSkip + page.SafeTake), new NpgsqlParameter<int>("take", page.SafeTake), new NpgsqlParameter<int>("skip", page.SafeSkip))
            .IgnoreQueryFilters() // the partner is in every part of the statement; a filter would wrap (and break) the WITH
            .AsNoTracking().ToListAsync(ct);
        return found.Count == 0 ? null : found;
    }
}
