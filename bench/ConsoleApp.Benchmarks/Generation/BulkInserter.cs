using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ConsoleApp.Benchmarks.Generation;

/// <summary>
/// Inserts entities with one prepared INSERT per table, columns and conversions taken from the console's EF model
/// (so the rows read back exactly as the services wrote them), one transaction per batch. EF change tracking would
/// take tens of minutes for a million rows; this takes seconds per hundred thousand.
/// </summary>
internal sealed class BulkInserter(IModel model, SqliteConnection connection, int batchSize = 20_000) : IBulkWriter
{
    public DbConnection Connection => connection;

    // The text formats EF Core's SQLite provider stores (see its type mappings).
    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";
    private const string DateTimeOffsetFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz";
    private const string DecimalFormat = "0.0###########################";

    public async Task<int> InsertAsync<T>(IEnumerable<T> rows) where T : class
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null || p.FieldInfo is not null).ToArray();
        if (entity.GetProperties().Any(p => p.IsShadowProperty() && !p.IsNullable))
            throw new InvalidOperationException($"{typeof(T).Name} has a required shadow property the generator cannot fill.");
        var columns = properties.Select(p => p.GetColumnName(table)!).ToArray();

        var count = 0;
        SqliteTransaction? tx = null;
        SqliteCommand? insert = null;
        try
        {
            foreach (var row in rows)
            {
                if (tx is null)
                {
                    tx = connection.BeginTransaction();
                    insert = connection.CreateCommand();
                    insert.Transaction = tx;
                    insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
                    for (var i = 0; i < columns.Length; i++) insert.Parameters.Add(new SqliteParameter($"$p{i}", null));
                    insert.Prepare();
                }
                for (var i = 0; i < properties.Length; i++)
                    insert!.Parameters[i].Value = ToProvider(properties[i], properties[i].GetGetter().GetClrValue(row)) ?? DBNull.Value;
                await insert!.ExecuteNonQueryAsync();
                if (++count % batchSize == 0)
                {
                    await tx.CommitAsync();
                    await insert.DisposeAsync();
                    await tx.DisposeAsync();
                    tx = null;
                }
            }
            if (tx is not null) await tx.CommitAsync();
        }
        finally
        {
            if (insert is not null) await insert.DisposeAsync();
            if (tx is not null) await tx.DisposeAsync();
        }
        return count;
    }

    public long NextId(string table)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT ifnull(max(rowid), 0) + 1 FROM \"{table}\"";
        return (long)cmd.ExecuteScalar()!;
    }

    private static object? ToProvider(IProperty property, object? value)
    {
        if (value is null) return null;
        if ((property.GetValueConverter() ?? property.GetTypeMapping().Converter) is { } converter) value = converter.ConvertToProvider(value);
        return value switch
        {
            null => null,
            DateTime d => d.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
            DateTimeOffset d => d.ToString(DateTimeOffsetFormat, CultureInfo.InvariantCulture),
            decimal m => m.ToString(DecimalFormat, CultureInfo.InvariantCulture),
            Guid g => g.ToString().ToUpperInvariant(),
            bool b => b ? 1 : 0,
            Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}
