using ConsoleApp.Components.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The probe of a search in the All and Unassigned views without filters (nearly every keystroke), SQLite only, as
/// SQL text: the statement EF builds from <see cref="ProbeSearchAsync"/>'s LINQ (same capped counts, same
/// index walks), without the LINQ, and with <c>DISTINCT</c> where the LINQ needs a per-entry check (see
/// <see cref="MatchingOrderIdsSql"/>). Building that expression tree and having EF walk it on every search (to find the
/// cached translation and extract its parameters, evaluating the captured sub-queries) cost more CPU than the
/// statement itself: EF and the service added 0.6-0.7 ms to a search that is only the probe (no match; 0.2-0.3 ms with
/// the text), where SQLite needs 0.1-0.5 ms for the statement (docs/PERFORMANCE.md, fifth round). The text goes through
/// EF (<c>SqlQueryRaw</c>), so the connection, interceptors and error handling are the ones of every other statement.
/// EF applies no tenant filter to raw SQL: every part of the statement carries the partner explicitly (as the LINQ
/// version does, which ignores the query filters for the same reason), and the tenancy tests run through it.
/// </summary>
public sealed partial class OrderService
{
    /// <summary>The distinct orders with a value starting with the prefix, from the (PartnerId, Term, PurchasedAt,
    /// OrderId) index. The LINQ keeps one term row per order with a check that no smaller matching value of the same
    /// order exists (<see cref="FirstMatchPerOrder"/>), because EF cannot cap a DISTINCT without an ordering; in SQL
    /// text <c>DISTINCT ... LIMIT</c> stops after limit + 1 orders just as well, without a primary-key seek per entry
    /// (0.1 ms against 0.4 ms for <c>46</c>, 0.5 against 3.4-5.6 ms for <c>trk</c> at a million orders).</summary>
    private const string MatchingOrderIdsSql = """
        SELECT DISTINCT t."OrderId" FROM "PartnerOrderSearchTerms" t
        WHERE t."PartnerId" = @p AND t."Term" >= @t AND t."Term" < @u
        """;

    /// <summary>All view: every matching order is in the view, so TermInView is ByTerm (no third walk).</summary>
    private static readonly string ProbeAllViewSql = $"""
        SELECT (SELECT count(*) FROM ({MatchingOrderIdsSql} LIMIT @limit)) AS "ByTerm", 0 AS "TermInView",
          (SELECT count(*) FROM (
            SELECT 1 FROM "PartnerOrders" o
            WHERE o."PartnerId" = @p
              AND o."AssignedAccountId" IN (SELECT a."Id" FROM "CustomerAccounts" a WHERE a."PartnerId" = @p AND a."Name" LIKE @like ESCAPE '\')
              AND NOT EXISTS (SELECT 1 FROM "PartnerOrderSearchTerms" s WHERE s."OrderId" = o."Id" AND s."Term" >= @t AND s."Term" < @u)
            ORDER BY o."PartnerId", o."AssignedAccountId", o."ExpiresAt", o."Id" LIMIT @limit)) AS "AccountOnly"
        """;

    /// <summary>Unassigned view (OrderStatusRules.InView's rule): it holds no assigned order, so AccountOnly is 0.</summary>
    private static readonly string ProbeUnassignedViewSql = $"""
        SELECT (SELECT count(*) FROM ({MatchingOrderIdsSql} LIMIT @limit)) AS "ByTerm",
          (SELECT count(*) FROM ({MatchingOrderIdsSql}
              AND EXISTS (SELECT 1 FROM "PartnerOrders" o WHERE o."PartnerId" = @p AND o."AssignedAccountId" IS NULL
                AND (o."ExpiresAt" IS NULL OR o."ExpiresAt" > @now) AND o."Id" = t."OrderId") LIMIT @limit)) AS "TermInView",
          0 AS "AccountOnly"
        """;

    /// <summary>Null when the search is not one of the two shapes (filters, the Expiring view) or not on SQLite.</summary>
    private async Task<SearchCounts?> ProbeAsSqlOnSqliteAsync(ConsoleDbContext db, int partnerId, OrderQuery query, string term, DateTime now, int limit, CancellationToken ct)
    {
        if (!query.IsPlainView || !db.Database.IsSqlite()) return null;
        var all = query.View == OrderView.All;
        var counts = await db.Database.SqlQueryRaw<SearchCounts>(all ? ProbeAllViewSql : ProbeUnassignedViewSql,
                new SqliteParameter("@p", partnerId), new SqliteParameter("@t", term), new SqliteParameter("@u", term + '\uffff'),
                new SqliteParameter("@like", Like(term)), new SqliteParameter("@now", now), new SqliteParameter("@limit", limit + 1))
            .ToListAsync(ct);
        return all ? counts[0] with { TermInView = counts[0].ByTerm } : counts[0];
    }
}
