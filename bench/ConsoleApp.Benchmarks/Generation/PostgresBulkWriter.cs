using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ConsoleApp.Benchmarks.Generation;

/// <summary>
/// PostgreSQL: rows loaded with binary COPY, one COPY per batch (each its own transaction), columns, store types and
/// value conversions taken from the console's EF model, so the rows read back exactly as the services wrote them.
/// </summary>
internal sealed class PostgresBulkWriter(IModel model, NpgsqlConnection connection, int batchSize = 50_000) : IBulkWriter
{
    public DbConnection Connection => connection;

    public async Task<int> InsertAsync<T>(IEnumerable<T> rows) where T : class
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null || p.FieldInfo is not null).ToArray();
        if (entity.GetProperties().Any(p => p.IsShadowProperty() && !p.IsNullable))
            throw new InvalidOperationException($"{typeof(T).Name} has a required shadow property the generator cannot fill.");
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        // The store type without its length or precision ("character varying(64)" -> "character varying").
        var types = properties.Select(p => p.GetColumnType(table) is var t && t.IndexOf('(') is var i and >= 0 ? t[..i] : p.GetColumnType(table)).ToArray();

        var count = 0;
        foreach (var batch in rows.Chunk(batchSize))
        {
            await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in batch)
            {
                await writer.StartRowAsync();
                for (var i = 0; i < properties.Length; i++)
                {
                    var value = properties[i].GetGetter().GetClrValue(row);
                    if (value is not null && (properties[i].GetValueConverter() ?? properties[i].GetTypeMapping().Converter) is { } converter)
                        value = converter.ConvertToProvider(value);
                    if (value is null) await writer.WriteNullAsync();
                    else await writer.WriteAsync(value, types[i]);
                }
            }
            await writer.CompleteAsync();
            count += batch.Length;
        }
        return count;
    }

    public long NextId(string table)
    {
        using var cmd = new NpgsqlCommand($"SELECT coalesce(max(\"Id\"), 0) + 1 FROM \"{table}\"", connection);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
