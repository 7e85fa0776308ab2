using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The capped count of a broad search in the Unassigned view on PostgreSQL (the number the page shows, or "more than
/// the limit"), from whichever side is cheaper for the term. From the term side (the SQLite plan,
/// <see cref="TermSideCountAsync"/>) it checks the order of every match in term order until it has limit + 1 in the
/// view: with about a third of the orders unassigned, 3,000-3,500 order lookups for 1,001 matches, whatever the term.
/// From the view side it walks the unassigned orders (by the <c>(PartnerId, AssignedAccountId, ExpiresAt)</c> index)
/// with a term check per order: 1,001 checks when nearly every order matches (the first digits of every SAP id), but
/// ten times more for a term that one order in ten has. Which side wins depends on the term, so one statement takes two
/// samples of <see cref="CountSample"/> entries each (matches among the view's first orders; orders in the view among
/// the term's first matches), walks the view only when its sample is at least as dense, and falls back to the term side
/// when the bounded view walk did not prove more than the limit. PostgreSQL evaluates each of these subqueries only when
/// the <c>CASE</c> reaches it. The view walk covers the unassigned orders with an expiry date after now (an index range
/// in index order; perpetual orders are not in it): when it finds more than the limit, the view holds more; otherwise
/// the term side counts exactly.
/// </summary>
public sealed partial class OrderService
{
    /// <summary>Entries in each density sample.</summary>
    private const int CountSample = 100;

    /// <summary>The view walk stops after this many orders times (limit + 1): enough for any term at least as dense in
    /// the view as one order in eight.</summary>
    private const int ViewWalkFactor = 8;

    /// <summary>Null when the query is not the Unassigned view without filters (then the term side counts).</summary>
    private async Task<int?> UnassignedCountOnPostgresAsync(ConsoleDbContext db, int partnerId, OrderQuery query, DateTime now, int limit, CancellationToken ct)
    {
        if (query.View != OrderView.Unassigned || query.HasFilters) return null;
        var term = PartnerOrderSearchTerm.Normalize(query.Search ?? "");
        // The Unassigned view's rule (OrderStatusRules.InView); the walk takes its part with an expiry date (a range).
        const string inView = """o."PartnerId" = @p AND o."AssignedAccountId" IS NULL AND (o."ExpiresAt" IS NULL OR o."ExpiresAt" > @now)""";
        const string walkedView = """
            SELECT o."Id" FROM "PartnerOrders" o WHERE o."PartnerId" = @p AND o."AssignedAccountId" IS NULL AND o."ExpiresAt" > @now
                ORDER BY o."AssignedAccountId", o."ExpiresAt"
            """;
        const string matches = """EXISTS (SELECT 1 FROM "PartnerOrderSearchTerms" t WHERE t."OrderId" = w."Id" AND t."Term" >= @t AND t."Term" < @u)""";
        const string termRange = """t."PartnerId" = @p AND t."Term" >= @t AND t."Term" < @u""";
        const string termOrder = """ORDER BY t."PartnerId", t."Term", t."PurchasedAt", t."OrderId" """;
        // Term side: the first match per order (as FirstMatchPerOrder), in the view, in term-index order, capped.
        var sql = $"""
            SELECT (CASE
              WHEN (SELECT count(*) FROM ({walkedView} LIMIT @sample) w WHERE {matches})
                   >= greatest(1, (SELECT count(*) FROM (SELECT t."OrderId" FROM "PartnerOrderSearchTerms" t WHERE {termRange} {termOrder} LIMIT @sample) m
                                   WHERE EXISTS (SELECT 1 FROM "PartnerOrders" o WHERE o."Id" = m."OrderId" AND {inView})))
               AND (SELECT count(*) FROM (SELECT 1 FROM ({walkedView} LIMIT @walk) w WHERE {matches} LIMIT @limit + 1) v) > @limit
              THEN @limit + 1
              ELSE (SELECT count(*) FROM (SELECT 1 FROM "PartnerOrderSearchTerms" t WHERE {termRange}
                      AND EXISTS (SELECT 1 FROM "PartnerOrders" o WHERE o."Id" = t."OrderId" AND {inView})
                      AND NOT EXISTS (SELECT 1 FROM "PartnerOrderSearchTerms" s WHERE s."OrderId" = t."OrderId" AND s."Term" >= @t AND s."Term" < t."Term")
                      {termOrder} LIMIT @limit + 1) c)
            END)::int AS "Value"
            """;
        return await db.Database.SqlQueryRaw<int>(sql,
                new NpgsqlParameter<int>("p", partnerId), new NpgsqlParameter<string>("t", term), new NpgsqlParameter<string>("u", term + '\uffff'),
                new NpgsqlParameter<DateTime>("now", NpgsqlDbType.Timestamp) { TypedValue = now }, new NpgsqlParameter<int>("limit", limit),
                new NpgsqlParameter<int>("sample", CountSample), new NpgsqlParameter<int>("walk", ViewWalkFactor * (limit + 1)))
            .SingleAsync(ct);
    }
}
