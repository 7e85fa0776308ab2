using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Platform.Data.Postgres;

/// <summary>
/// Rows inserted with explicit keys (demo data, imports) do not move PostgreSQL's identity sequences, so the next
/// generated key would collide. This moves every identity sequence of the schema past its table's largest key.
/// (SQLite's AUTOINCREMENT follows explicit keys by itself.)
/// </summary>
public static class PostgresSequences
{
    private const string Sql = """
        DO $$
        DECLARE r record;
        BEGIN
            FOR r IN
                SELECT c.table_schema, c.table_name, c.column_name,
                       pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name) AS seq
                FROM information_schema.columns c
                WHERE c.table_schema = current_schema() AND (c.is_identity = 'YES' OR c.column_default LIKE 'nextval(%')
            LOOP
                IF r.seq IS NOT NULL THEN
                    EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM %I.%I), 0) + 1, false)',
                                   r.seq, r.column_name, r.table_schema, r.table_name);
                END IF;
            END LOOP;
        END $$;
        """;

    public static async Task SyncAsync(ConsoleDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(Sql, ct);
    }
}
