using System.Data.Common;
using System.Globalization;
using ConsoleApp.Components.Features.Orders;

namespace ConsoleApp.Benchmarks;

/// <summary>
/// The best hand-written SQL for one orders search page (capped count + 25 newest rows) over the same indexes the
/// service has: both page strategies (from the term index, which carries the purchase date, and down the
/// purchase-date index with a per-order term check) are timed and the faster one counts, so the ratio compares the
/// service with the best a person would write. One text for both providers (quoted names, @ parameters); account
/// names compare lower-cased on PostgreSQL as the console's LIKE does there (SQLite's LIKE ignores ASCII case).
/// </summary>
internal sealed class HandWrittenSearch(bool postgres)
{
    private string Name => postgres ? "lower(\"Name\")" : "\"Name\"";

    private string AccountIds => $"SELECT \"Id\" FROM \"CustomerAccounts\" WHERE \"PartnerId\" = @p AND {Name} LIKE @like ESCAPE '\\'";

    private const string Unassigned = " AND o.\"AssignedAccountId\" IS NULL AND (o.\"ExpiresAt\" IS NULL OR o.\"ExpiresAt\" > @now)";

    private const string TermRange = "t.\"PartnerId\" = @p AND t.\"Term\" >= @t AND t.\"Term\" < @u";

    // Two capped counts that stop after 1,001 entries each (a UNION would collect every match before its LIMIT).
    public string Count(bool unassigned) => unassigned
        ? $"""
          SELECT (SELECT count(*) FROM (SELECT DISTINCT t."OrderId" FROM "PartnerOrderSearchTerms" t JOIN "PartnerOrders" o ON o."Id" = t."OrderId"
                  WHERE {TermRange}{Unassigned} LIMIT 1001) AS a)
               + (SELECT count(*) FROM (SELECT o."Id" FROM "PartnerOrders" o WHERE o."AssignedAccountId" IN ({AccountIds}){Unassigned} LIMIT 1001) AS b)
          """
        : $"""
          SELECT (SELECT count(*) FROM (SELECT DISTINCT t."OrderId" FROM "PartnerOrderSearchTerms" t WHERE {TermRange} LIMIT 1001) AS a)
               + (SELECT count(*) FROM (SELECT o."Id" FROM "PartnerOrders" o WHERE o."AssignedAccountId" IN ({AccountIds}) LIMIT 1001) AS b)
          """;

    /// <summary>All view: the 25 newest matches straight from the term index (125 entries: an order can match with up
    /// to five values) and the orders of matching accounts (by the account index; with a partner term and an
    /// ordering SQLite walked the purchase-date index instead), then the newest 25 of those orders. Unassigned view: every match
    /// joined to its order for the view check, newest 25.</summary>
    public string PageFromTerms(bool unassigned) => unassigned
        ? $"""
          SELECT o.* FROM "PartnerOrders" o WHERE o."Id" IN (
              SELECT t."OrderId" FROM "PartnerOrderSearchTerms" t JOIN "PartnerOrders" o ON o."Id" = t."OrderId" WHERE {TermRange}{Unassigned}
              UNION SELECT o."Id" FROM "PartnerOrders" o WHERE o."PartnerId" = @p AND o."AssignedAccountId" IN ({AccountIds}){Unassigned})
          ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT 25
          """
        : $"""
          SELECT o.* FROM "PartnerOrders" o WHERE o."Id" IN (
              SELECT "OrderId" FROM (SELECT t."OrderId" FROM "PartnerOrderSearchTerms" t WHERE {TermRange} ORDER BY t."PurchasedAt" DESC, t."OrderId" DESC LIMIT 125) AS a
              UNION SELECT o."Id" FROM "PartnerOrders" o WHERE o."AssignedAccountId" IN ({AccountIds}))
          ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT 25
          """;

    /// <summary>On PostgreSQL the term check and the account check are one correlated EXISTS over a UNION ALL: with
    /// <c>EXISTS ... OR ... IN</c> PostgreSQL builds both sides as hashed subplans first, reading every match of the
    /// prefix before the walk starts (the service writes it the same way there, OrderService.Postgres.cs).</summary>
    public string PageFromSortIndex(bool unassigned) => postgres
        ? $"""
          SELECT o.* FROM "PartnerOrders" o WHERE o."PartnerId" = @p{(unassigned ? Unassigned : "")}
            AND EXISTS (SELECT 1 FROM "PartnerOrderSearchTerms" t WHERE t."OrderId" = o."Id" AND t."Term" >= @t AND t."Term" < @u
                        UNION ALL SELECT 1 FROM "CustomerAccounts" c WHERE c."Id" = o."AssignedAccountId" AND lower(c."Name") LIKE @like ESCAPE '\')
          ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT 25
          """
        : $"""
          SELECT o.* FROM "PartnerOrders" o WHERE o."PartnerId" = @p{(unassigned ? Unassigned : "")}
            AND (EXISTS (SELECT 1 FROM "PartnerOrderSearchTerms" t WHERE t."OrderId" = o."Id" AND t."Term" >= @t AND t."Term" < @u)
                 OR o."AssignedAccountId" IN ({AccountIds}))
          ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT 25
          """;

    public IEnumerable<(string Name, object? Value)> Parameters(int partnerId, string search)
    {
        var term = PartnerOrderSearchTerm.Normalize(search);
        yield return ("@p", partnerId);
        yield return ("@t", term);
        yield return ("@u", term + '\uffff');
        yield return ("@like", "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        // SQLite keeps dates as text in EF's format; PostgreSQL as timestamp.
        yield return ("@now", postgres ? DateTime.UtcNow : DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
    }

    /// <summary>Median ms of count + the faster page strategy, which strategy that was, and the median of count + the
    /// walk down the purchase-date index alone (the plan the service used for every broad term before the bounded walk).</summary>
    public async Task<(double Median, string Strategy, double Walk)> MeasureAsync(DbConnection connection, int partnerId, string search, bool unassigned, int iterations)
    {
        var parameters = Parameters(partnerId, search).ToList();
        var count = await MedianAsync(connection, Count(unassigned), parameters, iterations);
        var fromTerms = await MedianAsync(connection, PageFromTerms(unassigned), parameters, iterations);
        // The walk down the purchase-date index passes every order when the matches are few or old (seconds at a
        // million): timed once, and repeated only when it could be the faster plan.
        var fromSort = await MedianAsync(connection, PageFromSortIndex(unassigned), parameters, 1);
        if (fromSort < 3 * fromTerms) fromSort = await MedianAsync(connection, PageFromSortIndex(unassigned), parameters, iterations);
        return fromTerms <= fromSort ? (count + fromTerms, "terms", count + fromSort) : (count + fromSort, "sort index", count + fromSort);
    }

    private static async Task<double> MedianAsync(DbConnection connection, string sql, List<(string Name, object? Value)> parameters, int iterations)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal))) BenchHost.AddParameter(cmd, name, value);
        var times = await BenchHost.MeasureAsync(iterations, async _ =>
        {
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) { }
        }, warmup: iterations > 1 ? 1 : 0);
        return BenchHost.Percentile(times, 0.5);
    }
}
