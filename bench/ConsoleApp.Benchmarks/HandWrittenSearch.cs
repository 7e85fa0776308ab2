using System.Globalization;
using ConsoleApp.Components.Features.Orders;
using Microsoft.Data.Sqlite;

namespace ConsoleApp.Benchmarks;

/// <summary>
/// The best hand-written SQL for one orders search page (capped count + 25 newest rows) over the same indexes the
/// service has: both page strategies (from the term index, and down the purchase-date index with a per-order term
/// check) are timed and the faster one counts, so the ratio compares the service with the best a person would write.
/// </summary>
internal static class HandWrittenSearch
{
    private const string Matches = """
        SELECT OrderId FROM PartnerOrderSearchTerms WHERE PartnerId = $p AND Term >= $t AND Term < $u
        UNION SELECT Id FROM PartnerOrders WHERE AssignedAccountId IN (SELECT Id FROM CustomerAccounts WHERE PartnerId = $p AND Name LIKE $like ESCAPE '\')
        """;

    private const string Unassigned = " AND o.AssignedAccountId IS NULL AND (o.ExpiresAt IS NULL OR o.ExpiresAt > $now)";

    // Two capped counts that stop after 1,001 entries each (a UNION would collect every match before its LIMIT).
    public static string Count(bool unassigned) => unassigned
        ? $"""
          SELECT (SELECT count(*) FROM (SELECT DISTINCT t.OrderId FROM PartnerOrderSearchTerms t JOIN PartnerOrders o ON o.Id = t.OrderId
                  WHERE t.PartnerId = $p AND t.Term >= $t AND t.Term < $u{Unassigned} LIMIT 1001))
               + (SELECT count(*) FROM (SELECT o.Id FROM PartnerOrders o WHERE o.AssignedAccountId IN (SELECT Id FROM CustomerAccounts WHERE PartnerId = $p AND Name LIKE $like ESCAPE '\'){Unassigned} LIMIT 1001))
          """
        : """
          SELECT (SELECT count(*) FROM (SELECT DISTINCT OrderId FROM PartnerOrderSearchTerms WHERE PartnerId = $p AND Term >= $t AND Term < $u LIMIT 1001))
               + (SELECT count(*) FROM (SELECT Id FROM PartnerOrders WHERE AssignedAccountId IN (SELECT Id FROM CustomerAccounts WHERE PartnerId = $p AND Name LIKE $like ESCAPE '\') LIMIT 1001))
          """;

    public static string PageFromTerms(bool unassigned) =>
        $"SELECT o.* FROM PartnerOrders o WHERE o.Id IN ({Matches}){(unassigned ? Unassigned : "")} ORDER BY o.PurchasedAt DESC, o.Id DESC LIMIT 25";

    public static string PageFromSortIndex(bool unassigned) => $"""
        SELECT o.* FROM PartnerOrders o WHERE o.PartnerId = $p{(unassigned ? Unassigned : "")}
          AND (EXISTS (SELECT 1 FROM PartnerOrderSearchTerms t WHERE t.OrderId = o.Id AND t.Term >= $t AND t.Term < $u)
               OR o.AssignedAccountId IN (SELECT Id FROM CustomerAccounts WHERE PartnerId = $p AND Name LIKE $like ESCAPE '\'))
        ORDER BY o.PurchasedAt DESC, o.Id DESC LIMIT 25
        """;

    public static IEnumerable<(string Name, object? Value)> Parameters(int partnerId, string search)
    {
        var term = PartnerOrderSearchTerm.Normalize(search);
        yield return ("$p", partnerId);
        yield return ("$t", term);
        yield return ("$u", term + '\uffff');
        yield return ("$like", "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        yield return ("$now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
    }

    /// <summary>Median ms of count + the faster page strategy, which strategy that was, and the median of count + the
    /// walk down the purchase-date index alone (the plan the service used for every broad term before the bounded walk).</summary>
    public static async Task<(double Median, string Strategy, double Walk)> MeasureAsync(SqliteConnection connection, int partnerId, string search, bool unassigned, int iterations)
    {
        var parameters = Parameters(partnerId, search).ToList();
        var count = await MedianAsync(connection, Count(unassigned), parameters, iterations);
        var fromTerms = await MedianAsync(connection, PageFromTerms(unassigned), parameters, iterations);
        var fromSort = await MedianAsync(connection, PageFromSortIndex(unassigned), parameters, iterations);
        return fromTerms <= fromSort ? (count + fromTerms, "terms", count + fromSort) : (count + fromSort, "sort index", count + fromSort);
    }

    private static async Task<double> MedianAsync(SqliteConnection connection, string sql, List<(string Name, object? Value)> parameters, int iterations)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var times = await BenchHost.MeasureAsync(iterations, async _ =>
        {
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) { }
        }, warmup: 1);
        return BenchHost.Percentile(times, 0.5);
    }
}
