using ConsoleApp.Components.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The page statements of a search in the All and Unassigned views without filters, in the default newest-first
/// order, SQLite only, as SQL text, for the reason the probe is (<c>OrderService.SqliteProbe.cs</c>): EF's work
/// around a LINQ statement (walking its expression tree, the cache lookup, the captured sub-queries) cost 0.3-0.5 ms
/// per statement, about what SQLite needs for the statement itself (docs/PERFORMANCE.md, fifth and sixth rounds). Two shapes:
/// <list type="bullet">
/// <item>The narrow page: the orders of the matching values and of the matching accounts, looked up by primary key,
/// newest 25 (the LINQ of <see cref="Filter"/> and <see cref="Sort"/>, written out).</item>
/// <item>The window page of a broad search: the bound of the newest-orders window (the window-th order of the view)
/// and the page within it, one statement instead of two (<see cref="NewestFirstBroadPageAsync"/> says why the
/// window is bounded).</item>
/// </list>
/// Both read the account name per row as the LINQ page does. EF applies no tenant filter to SQL text: every part
/// names the partner, and the tenancy tests (another partner's matches at a count limit of 3 and a window of 2) run
/// through both. Other views, filters, column sorts and PostgreSQL keep the LINQ, which stays the contract.
/// </summary>
public sealed partial class OrderService
{
    /// <summary>An order's columns and its account's name, as the page statements return them.</summary>
    private sealed record PageRowSql(int Id, int PartnerId, string SapOrderId, string ResellerPoNumber, string ResellerSapId, string CustomerPoNumber,
        string TrackingNumber, OrderProduct Product, int Licenses, int TermMonths, bool IsPerpetual, DateTime PurchasedAt, DateTime? ExpiresAt,
        int? AssignedAccountId, DateTime? AssignedAt, DateTime? ActivatedAt, Guid Version, string? AccountName, int Bounded)
    {
        public OrderRow ToRow(DateTime now, TimeSpan window) => OrderRow.From(ToOrder(), AccountName, now, window);

        public PartnerOrder ToOrder() => new()
        {
            Id = Id, PartnerId = PartnerId, SapOrderId = SapOrderId, ResellerPoNumber = ResellerPoNumber, ResellerSapId = ResellerSapId,
            CustomerPoNumber = CustomerPoNumber, TrackingNumber = TrackingNumber, Product = Product, Licenses = Licenses, TermMonths = TermMonths,
            IsPerpetual = IsPerpetual, PurchasedAt = PurchasedAt, ExpiresAt = ExpiresAt, AssignedAccountId = AssignedAccountId,
            AssignedAt = AssignedAt, ActivatedAt = ActivatedAt, Version = Version,
        };
    }

    /// <summary>The page's columns; the account is the order's own (so the partner's), named with the partner anyway.
    /// <paramref name="bounded"/>: the window page's flag (see <see cref="WindowPageSql"/>).</summary>
    private static string PageColumnsSql(string bounded) => $"""
        SELECT o."Id", o."PartnerId", o."SapOrderId", o."ResellerPoNumber", o."ResellerSapId", o."CustomerPoNumber", o."TrackingNumber",
          o."Product", o."Licenses", o."TermMonths", o."IsPerpetual", o."PurchasedAt", o."ExpiresAt", o."AssignedAccountId", o."AssignedAt",
          o."ActivatedAt", o."Version",
          (SELECT a."Name" FROM "CustomerAccounts" a WHERE a."Id" = o."AssignedAccountId" AND a."PartnerId" = @p) AS "AccountName", {bounded} AS "Bounded"
        FROM "PartnerOrders" o
        """;

    private const string MatchingAccountIdsSql = """SELECT a."Id" FROM "CustomerAccounts" a WHERE a."PartnerId" = @p AND a."Name" LIKE @like ESCAPE '\'""";

    /// <summary>The Unassigned view's rule (OrderStatusRules.InView) on <c>o</c>.</summary>
    private const string UnassignedSql = """ AND o."AssignedAccountId" IS NULL AND (o."ExpiresAt" IS NULL OR o."ExpiresAt" > @now)""";

    private const string NewestFirstSql = """ ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT @take OFFSET @skip""";

    /// <summary>Narrow page: driven from the matching ids. The outer partner term is written <c>+o."PartnerId"</c> so
    /// that SQLite keeps it a check and does not walk the partner's orders by it (what the plain term did, see
    /// <see cref="Filter"/>); the ids already come from the partner's terms and accounts.</summary>
    private static string NarrowPageSql(bool unassigned) => $"""
        {PageColumnsSql("0")}
        WHERE o."Id" IN (
            SELECT t."OrderId" FROM "PartnerOrderSearchTerms" t WHERE t."PartnerId" = @p AND t."Term" >= @t AND t."Term" < @u
            UNION SELECT m."Id" FROM "PartnerOrders" m WHERE m."PartnerId" = @p AND m."AssignedAccountId" IN ({MatchingAccountIdsSql}))
          AND +o."PartnerId" = @p{(unassigned ? UnassignedSql : "")}{NewestFirstSql}
        """;

    /// <summary>Window page: <c>last</c> is the window-th order of the view (none when the view is smaller); the page
    /// walks the purchase-date index from the newest order down to it, checking each order's terms (primary-key seek)
    /// and account. <c>Bounded</c> says whether there was a window-th order (the LINQ version asked in a statement of
    /// its own).</summary>
    private static string WindowPageSql(bool unassigned) => $"""
        WITH last AS (SELECT o."PurchasedAt", o."Id" FROM "PartnerOrders" o WHERE o."PartnerId" = @p{(unassigned ? UnassignedSql : "")}
            ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT 1 OFFSET @window - 1)
        {PageColumnsSql("(SELECT count(*) FROM last)")}
        WHERE o."PartnerId" = @p{(unassigned ? UnassignedSql : "")}
          AND (EXISTS (SELECT 1 FROM "PartnerOrderSearchTerms" s WHERE s."OrderId" = o."Id" AND s."Term" >= @t AND s."Term" < @u)
               OR o."AssignedAccountId" IN ({MatchingAccountIdsSql}))
          AND o."PurchasedAt" >= coalesce((SELECT "PurchasedAt" FROM last), '')
          AND (o."PurchasedAt" > coalesce((SELECT "PurchasedAt" FROM last), '') OR o."Id" >= coalesce((SELECT "Id" FROM last), 0)){NewestFirstSql}
        """;

    /// <summary>The statements of the All and the Unassigned view, written once.</summary>
    private static readonly string[] NarrowPageSqls = [NarrowPageSql(false), NarrowPageSql(true)];

    private static readonly string[] WindowPageSqls = [WindowPageSql(false), WindowPageSql(true)];

    /// <summary>Whether the page statements of this file answer the search: SQLite, the All or Unassigned view without
    /// filters, the default order, and a user who sees the partner's every account (the LINQ page's account names
    /// follow the tenant filter, which narrows them for a user scoped to one account).</summary>
    private static bool PageAsSqlOnSqlite(ConsoleDbContext db, OrderQuery query, PageRequest page, bool partnerWide) =>
        partnerWide && query.IsPlainView && page.SortBy is null && db.Database.IsSqlite();

    private static object[] PageParameters(int partnerId, string term, DateTime now, PageRequest page, params SqliteParameter[] more) =>
    [
        new SqliteParameter("@p", partnerId), new SqliteParameter("@t", term), new SqliteParameter("@u", term + '\uffff'),
        new SqliteParameter("@like", Like(term)), new SqliteParameter("@now", now),
        new SqliteParameter("@take", page.SafeTake), new SqliteParameter("@skip", page.SafeSkip), .. more,
    ];

    /// <summary>The narrow page as SQL text, or null when <see cref="PageAsSqlOnSqlite"/> says no.</summary>
    private async Task<List<OrderRow>?> NarrowPageAsSqlOnSqliteAsync(ConsoleDbContext db, int partnerId, OrderQuery query, string term, PageRequest page,
        bool partnerWide, DateTime now, CancellationToken ct)
    {
        if (!PageAsSqlOnSqlite(db, query, page, partnerWide)) return null;
        var rows = await db.Database.SqlQueryRaw<PageRowSql>(NarrowPageSqls[query.View == OrderView.Unassigned ? 1 : 0], PageParameters(partnerId, term, now, page))
            .ToListAsync(ct);
        return rows.Select(r => r.ToRow(now, ExpiringWindow)).ToList();
    }

    /// <summary>The window page as SQL text: its rows and whether the view reached past the window (false: the window
    /// was the whole view, so the rows are the whole answer; unknown without rows, then reported as bounded). Null when
    /// <see cref="PageAsSqlOnSqlite"/> says no.</summary>
    private async Task<(List<OrderRow> Rows, bool Bounded)?> WindowPageAsSqlOnSqliteAsync(ConsoleDbContext db, int partnerId, OrderQuery query, string term,
        PageRequest page, int window, bool partnerWide, DateTime now, CancellationToken ct)
    {
        if (!PageAsSqlOnSqlite(db, query, page, partnerWide)) return null;
        var rows = await db.Database.SqlQueryRaw<PageRowSql>(WindowPageSqls[query.View == OrderView.Unassigned ? 1 : 0],
                PageParameters(partnerId, term, now, page, new SqliteParameter("@window", window)))
            .ToListAsync(ct);
        return (rows.Select(r => r.ToRow(now, ExpiringWindow)).ToList(), rows.Count == 0 || rows[0].Bounded != 0);
    }
}
