using System.Data.Common;
using System.Globalization;
using ConsoleApp.Components.Features.Orders;

namespace ConsoleApp.Benchmarks;

/// <summary>
/// The best hand-written SQL for one orders search page (capped count + 25 newest rows with their account names) over
/// the same indexes the service has: every page strategy (from the term index, which carries the purchase date; on
/// SQLite value by value from the term index; down the purchase-date index with a per-order term check) is timed and
/// the fastest one counts, so the ratio compares the
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
          SELECT o.*, (SELECT a."Name" FROM "CustomerAccounts" a WHERE a."Id" = o."AssignedAccountId") FROM "PartnerOrders" o WHERE o."Id" IN (
              SELECT t."OrderId" FROM "PartnerOrderSearchTerms" t JOIN "PartnerOrders" o ON o."Id" = t."OrderId" WHERE {TermRange}{Unassigned}
              UNION SELECT o."Id" FROM "PartnerOrders" o WHERE o."PartnerId" = @p AND o."AssignedAccountId" IN ({AccountIds}){Unassigned})
          ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT 25
          """
        : $"""
          SELECT o.*, (SELECT a."Name" FROM "CustomerAccounts" a WHERE a."Id" = o."AssignedAccountId") FROM "PartnerOrders" o WHERE o."Id" IN (
              SELECT "OrderId" FROM (SELECT t."OrderId" FROM "PartnerOrderSearchTerms" t WHERE {TermRange} ORDER BY t."PurchasedAt" DESC, t."OrderId" DESC LIMIT 125) AS a
              UNION SELECT o."Id" FROM "PartnerOrders" o WHERE o."AssignedAccountId" IN ({AccountIds}))
          ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT 25
          """;

    /// <summary>SQLite: the page value by value from the term index (a skip-scan by hand; the statement the service
    /// sends for a prefix with few values, written out here as a person would): the values in the range, a lower
    /// bound of the page's purchase dates from the eight values with the newest entries, every value read from there on.</summary>
    public string PageByValue(bool unassigned)
    {
        var orders = unassigned ? " CROSS JOIN \"PartnerOrders\" o" : "";
        string InView(string a) => unassigned ? $" AND o.\"Id\" = {a}.\"OrderId\"{Unassigned}" : "";
        var accounts = unassigned ? "" : $" UNION ALL SELECT o.\"Id\", o.\"PurchasedAt\" FROM \"PartnerOrders\" o WHERE o.\"AssignedAccountId\" IN ({AccountIds})";
        return $"""
            WITH RECURSIVE v("Term") AS (
                SELECT min(s."Term") FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" >= @t AND s."Term" < @u
                UNION ALL SELECT (SELECT min(s."Term") FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" > v."Term" AND s."Term" < @u)
                FROM v WHERE v."Term" IS NOT NULL LIMIT 501),
            best("Term") AS (SELECT v."Term" FROM v WHERE v."Term" IS NOT NULL
                ORDER BY (SELECT max(s."PurchasedAt") FROM "PartnerOrderSearchTerms" s WHERE s."PartnerId" = @p AND s."Term" = v."Term") DESC LIMIT 8),
            bound("At") AS (SELECT coalesce((SELECT max(b."PurchasedAt") FROM best CROSS JOIN "PartnerOrderSearchTerms" b{orders}
                WHERE b."PartnerId" = @p AND b."Term" = best."Term"{InView("b")} AND b."PurchasedAt" >= coalesce(
                    (SELECT x."PurchasedAt" FROM "PartnerOrderSearchTerms" x{orders} WHERE x."PartnerId" = @p AND x."Term" = best."Term"{InView("x")}
                     ORDER BY x."PurchasedAt" DESC, x."OrderId" DESC LIMIT 1 OFFSET 24), '')
                GROUP BY b."OrderId" ORDER BY 1 DESC LIMIT 1 OFFSET 24), '')),
            c("OrderId", "PurchasedAt") AS (
                SELECT t."OrderId", t."PurchasedAt" FROM v CROSS JOIN bound CROSS JOIN "PartnerOrderSearchTerms" t{orders}
                WHERE t."PartnerId" = @p AND t."Term" = v."Term" AND t."PurchasedAt" >= CASE WHEN bound."At" > '' THEN bound."At" ELSE coalesce(
                    (SELECT b."PurchasedAt" FROM "PartnerOrderSearchTerms" b{orders} WHERE b."PartnerId" = @p AND b."Term" = v."Term"{InView("b")}
                     ORDER BY b."PurchasedAt" DESC, b."OrderId" DESC LIMIT 1 OFFSET 24), '') END{InView("t")}
                  AND (SELECT count(*) FROM v WHERE v."Term" IS NOT NULL) <= 500{accounts}),
            k AS (SELECT "OrderId", max("PurchasedAt") AS "PurchasedAt" FROM c GROUP BY "OrderId" ORDER BY 2 DESC, 1 DESC LIMIT 25)
            SELECT o.*, a."Name" FROM k JOIN "PartnerOrders" o ON o."Id" = k."OrderId" LEFT JOIN "CustomerAccounts" a ON a."Id" = o."AssignedAccountId"
            ORDER BY o."PurchasedAt" DESC, o."Id" DESC
            """;
    }

    /// <summary>On PostgreSQL the term check and the account check are one correlated EXISTS over a UNION ALL: with
    /// <c>EXISTS ... OR ... IN</c> PostgreSQL builds both sides as hashed subplans first, reading every match of the
    /// prefix before the walk starts (the service writes it the same way there, OrderService.Postgres.cs).</summary>
    public string PageFromSortIndex(bool unassigned) => postgres
        ? $"""
          SELECT o.*, (SELECT a."Name" FROM "CustomerAccounts" a WHERE a."Id" = o."AssignedAccountId") FROM "PartnerOrders" o WHERE o."PartnerId" = @p{(unassigned ? Unassigned : "")}
            AND EXISTS (SELECT 1 FROM "PartnerOrderSearchTerms" t WHERE t."OrderId" = o."Id" AND t."Term" >= @t AND t."Term" < @u
                        UNION ALL SELECT 1 FROM "CustomerAccounts" c WHERE c."Id" = o."AssignedAccountId" AND lower(c."Name") LIKE @like ESCAPE '\')
          ORDER BY o."PurchasedAt" DESC, o."Id" DESC LIMIT 25
          """
        : $"""
          SELECT o.*, (SELECT a."Name" FROM "CustomerAccounts" a WHERE a."Id" = o."AssignedAccountId") FROM "PartnerOrders" o WHERE o."PartnerId" = @p{(unassigned ? Unassigned : "")}
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

    /// <summary>Median ms of count + the fastest page strategy, which strategy that was, and the median of count + the
    /// walk down the purchase-date index alone (the plan the service used for every broad term before the bounded walk).
    /// Every page statement also reads the account names (as the service's page does), and every execution prepares
    /// its statement anew, as the service's requests do (no statement outlives a request there).</summary>
    /// <returns>Also the thread CPU ms of count + the fastest page (medians), the figure that holds on a shared machine.</returns>
    public async Task<(double Median, string Strategy, double Walk, double Cpu)> MeasureAsync(DbConnection connection, int partnerId, string search, bool unassigned, int iterations)
    {
        var parameters = Parameters(partnerId, search).ToList();
        var (count, countCpu) = await MedianAsync(connection, Count(unassigned), parameters, iterations);
        var (fromTerms, rows, termsCpu) = await TimedPageAsync(connection, PageFromTerms(unassigned), parameters, iterations);
        var pages = new List<(double Ms, string Strategy, double Cpu)> { (fromTerms, "terms", termsCpu) };
        // The value-by-value page answers only a prefix with at most 500 values (otherwise it returns no rows, which
        // would be no page at all): it counts only when it returned the same page size as the term-index page.
        if (!postgres && await TimedPageAsync(connection, PageByValue(unassigned), parameters, iterations) is var (byValue, valueRows, valueCpu) && valueRows == rows)
            pages.Add((byValue, "values", valueCpu));
        // The walk down the purchase-date index passes every order when the matches are few or old (seconds at a
        // million): timed once, and repeated only when it could be the faster plan.
        var (fromSort, sortCpu) = await MedianAsync(connection, PageFromSortIndex(unassigned), parameters, 1);
        if (fromSort < 3 * pages.Min(p => p.Ms)) (fromSort, sortCpu) = await MedianAsync(connection, PageFromSortIndex(unassigned), parameters, iterations);
        pages.Add((fromSort, "sort index", sortCpu));
        var best = pages.MinBy(p => p.Ms);
        return (count + best.Ms, best.Strategy, count + fromSort, countCpu + best.Cpu);
    }

    private static async Task<(double Median, int Rows, double Cpu)> TimedPageAsync(DbConnection connection, string sql, List<(string Name, object? Value)> parameters, int iterations)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal))) BenchHost.AddParameter(cmd, name, value);
        var rows = 0;
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) rows++;
        var (median, cpu) = await MedianAsync(connection, sql, parameters, iterations);
        return (median, rows, cpu);
    }

    private static async Task<(double Wall, double Cpu)> MedianAsync(DbConnection connection, string sql, List<(string Name, object? Value)> parameters, int iterations)
    {
        var cpu = new double[iterations];
        var times = await BenchHost.MeasureAsync(iterations, async _ =>
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal))) BenchHost.AddParameter(cmd, name, value);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) { }
        }, warmup: iterations > 1 ? 1 : 0, cpu: cpu);
        return (BenchHost.Percentile(times, 0.5), BenchHost.MedianOf(cpu));
    }
}
