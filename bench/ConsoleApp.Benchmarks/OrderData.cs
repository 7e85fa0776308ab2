using System.Globalization;
using Bogus;
using ConsoleApp.Components.Features.Orders;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace ConsoleApp.Benchmarks;

/// <summary>Bulk-loads orders (and their search terms) with plain prepared inserts; EF change tracking would take minutes.</summary>
internal static class OrderData
{
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public static async Task InsertAsync(string databasePath, int partnerId, int firstAccountId, int accountCount, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        long nextId;
        await using (var max = connection.CreateCommand())
        {
            max.CommandText = "SELECT ifnull(max(Id), 0) + 1 FROM PartnerOrders";
            nextId = (long)(await max.ExecuteScalarAsync())!;
        }
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var order = connection.CreateCommand();
        order.Transaction = tx;
        order.CommandText = """
            INSERT INTO PartnerOrders (Id, PartnerId, SapOrderId, ResellerPoNumber, ResellerSapId, CustomerPoNumber, TrackingNumber, Product, Licenses,
                TermMonths, IsPerpetual, PurchasedAt, ExpiresAt, AssignedAccountId, AssignedAt, ActivatedAt, Version)
            VALUES ($id, $p, $sap, $rpo, $rsap, $cpo, $trk, $product, $lic, $term, $perp, $purchased, $expires, $account, $assignedAt, $activatedAt, $version)
            """;
        string[] names = ["$id", "$p", "$sap", "$rpo", "$rsap", "$cpo", "$trk", "$product", "$lic", "$term", "$perp", "$purchased", "$expires", "$account", "$assignedAt", "$activatedAt", "$version"];
        foreach (var n in names) order.Parameters.Add(new SqliteParameter(n, null));
        await using var term = connection.CreateCommand();
        term.Transaction = tx;
        term.CommandText = "INSERT OR IGNORE INTO PartnerOrderSearchTerms (OrderId, Term, PartnerId) VALUES ($o, $t, $p)";
        term.Parameters.Add(new SqliteParameter("$o", null));
        term.Parameters.Add(new SqliteParameter("$t", null));
        term.Parameters.Add(new SqliteParameter("$p", null));

        foreach (var o in Generate(nextId, partnerId, firstAccountId, accountCount, count))
        {
            object?[] values = [o.Id, o.PartnerId, o.SapOrderId, o.ResellerPoNumber, o.ResellerSapId, o.CustomerPoNumber, o.TrackingNumber, (int)o.Product, o.Licenses,
                o.TermMonths, o.IsPerpetual ? 1 : 0, Text(o.PurchasedAt), Text(o.ExpiresAt), o.AssignedAccountId, Text(o.AssignedAt), Text(o.ActivatedAt), o.Version.ToString().ToUpperInvariant()];
            for (var k = 0; k < values.Length; k++) order.Parameters[k].Value = values[k] ?? DBNull.Value;
            await order.ExecuteNonQueryAsync();
            foreach (var t in PartnerOrderSearchTerm.For(o))
            {
                term.Parameters[0].Value = t.OrderId;
                term.Parameters[1].Value = t.Term;
                term.Parameters[2].Value = t.PartnerId;
                await term.ExecuteNonQueryAsync();
            }
        }
        await tx.CommitAsync();
    }

    /// <summary>PostgreSQL: the same orders, loaded with binary COPY.</summary>
    public static async Task InsertPostgresAsync(string connectionString, int partnerId, int firstAccountId, int accountCount, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        long nextId;
        await using (var max = new NpgsqlCommand("SELECT coalesce(max(\"Id\"), 0) + 1 FROM \"PartnerOrders\"", connection))
            nextId = Convert.ToInt64(await max.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        var orders = Generate(nextId, partnerId, firstAccountId, accountCount, count).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "PartnerOrders" ("Id", "PartnerId", "SapOrderId", "ResellerPoNumber", "ResellerSapId", "CustomerPoNumber", "TrackingNumber", "Product",
                "Licenses", "TermMonths", "IsPerpetual", "PurchasedAt", "ExpiresAt", "AssignedAccountId", "AssignedAt", "ActivatedAt", "Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var o in orders)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(o.Id, NpgsqlDbType.Integer);
                await writer.WriteAsync(o.PartnerId, NpgsqlDbType.Integer);
                await writer.WriteAsync(o.SapOrderId, NpgsqlDbType.Text);
                await writer.WriteAsync(o.ResellerPoNumber, NpgsqlDbType.Text);
                await writer.WriteAsync(o.ResellerSapId, NpgsqlDbType.Text);
                await writer.WriteAsync(o.CustomerPoNumber, NpgsqlDbType.Text);
                await writer.WriteAsync(o.TrackingNumber, NpgsqlDbType.Text);
                await writer.WriteAsync((int)o.Product, NpgsqlDbType.Integer);
                await writer.WriteAsync(o.Licenses, NpgsqlDbType.Integer);
                await writer.WriteAsync(o.TermMonths, NpgsqlDbType.Integer);
                await writer.WriteAsync(o.IsPerpetual, NpgsqlDbType.Boolean);
                await writer.WriteAsync(o.PurchasedAt, NpgsqlDbType.Timestamp);
                await WriteNullableAsync(writer, o.ExpiresAt, NpgsqlDbType.Timestamp);
                await WriteNullableAsync(writer, o.AssignedAccountId, NpgsqlDbType.Integer);
                await WriteNullableAsync(writer, o.AssignedAt, NpgsqlDbType.Timestamp);
                await WriteNullableAsync(writer, o.ActivatedAt, NpgsqlDbType.Timestamp);
                await writer.WriteAsync(o.Version, NpgsqlDbType.Uuid);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY \"PartnerOrderSearchTerms\" (\"OrderId\", \"Term\", \"PartnerId\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var t in orders.SelectMany(PartnerOrderSearchTerm.For))
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(t.OrderId, NpgsqlDbType.Integer);
                await writer.WriteAsync(t.Term, NpgsqlDbType.Text);
                await writer.WriteAsync(t.PartnerId, NpgsqlDbType.Integer);
            }
            await writer.CompleteAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection)) await analyze.ExecuteNonQueryAsync();
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) await writer.WriteAsync(v, type);
        else await writer.WriteNullAsync();
    }

    private static IEnumerable<PartnerOrder> Generate(long firstId, int partnerId, int firstAccountId, int accountCount, int count)
    {
        var now = DateTime.UtcNow;
        var faker = new Faker { Random = new Randomizer(20261123) };
        for (var i = 0; i < count; i++)
        {
            var perpetual = faker.Random.Int(0, 19) == 0;
            var months = faker.PickRandom(12, 24, 36);
            DateTime? expires = perpetual ? null : now.AddDays(faker.Random.Int(-500, 900)).AddMinutes(faker.Random.Int(0, 1439));
            var purchased = expires?.AddMonths(-months) ?? now.AddDays(-faker.Random.Int(1, 1000));
            if (purchased > now) purchased = now.AddDays(-1);
            var assigned = faker.Random.Bool(0.55f);
            yield return new PartnerOrder
            {
                Id = (int)(firstId + i),
                PartnerId = partnerId,
                SapOrderId = (4600000000L + i * 3).ToString(CultureInfo.InvariantCulture),
                ResellerPoNumber = "RPO-" + faker.Random.Int(10000, 99999),
                ResellerSapId = faker.PickRandom("104233", "207781", "311902"),
                CustomerPoNumber = faker.Random.Bool(0.2f) ? faker.Company.CompanyName().Split(' ')[0].ToUpperInvariant() + "-" + faker.Random.Int(100, 9999) : "CPO-" + faker.Random.Int(100000, 999999),
                TrackingNumber = "TRK" + faker.Random.Long(100000000, 999999999),
                Product = faker.Random.Bool(0.3f) ? OrderProduct.MitelOne : OrderProduct.MiTeamMeetings,
                Licenses = faker.Random.Int(1, 60) * 5,
                TermMonths = perpetual ? 0 : months,
                IsPerpetual = perpetual,
                PurchasedAt = purchased,
                ExpiresAt = expires,
                AssignedAccountId = assigned ? firstAccountId + faker.Random.Int(0, accountCount - 1) : null,
                AssignedAt = assigned ? purchased.AddDays(2) : null,
                ActivatedAt = assigned && faker.Random.Bool(0.85f) ? purchased.AddDays(3) : null,
                Version = Guid.NewGuid(),
            };
        }
    }

    private static object? Text(DateTime? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);
}
