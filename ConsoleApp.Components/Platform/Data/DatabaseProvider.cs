using ConsoleApp.Components.Platform.Data.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>Which database the console runs on: <c>Database:Provider</c> = <c>Sqlite</c> (default, embedded, one
/// instance) or <c>Postgres</c> (shared by several instances). <c>ConnectionStrings:Console</c> points at it.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class ConsoleDatabase
{
    /// <summary>The assembly holding the PostgreSQL migrations (EF's one-migrations-set-per-provider layout).</summary>
    public const string PostgresMigrationsAssembly = "ConsoleApp.Migrations.Postgres";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration) => configuration["Database:Provider"] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var p when p.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        var p when p.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || p.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Postgres,
        var p => throw new InvalidOperationException($"Database:Provider '{p}' is not supported: use Sqlite or Postgres."),
    };

    /// <summary>Points <paramref name="options"/> at the configured database.</summary>
    public static DbContextOptionsBuilder UseConsoleDatabase(this DbContextOptionsBuilder options, IConfiguration configuration, string contentRoot) =>
        ProviderFrom(configuration) switch
        {
            DatabaseProvider.Postgres => options.UseConsolePostgres(configuration.GetConnectionString("Console")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Console is not set.")),
            _ => options.UseSqlite(ResolveSqliteConnectionString(configuration, contentRoot)).AddInterceptors(new SqliteConnectionSetup()),
        };

    public static DbContextOptionsBuilder UseConsolePostgres(this DbContextOptionsBuilder options, string connectionString)
    {
        UseUnzonedTimestamps();
        options.UseNpgsql(SerialPlans(connectionString), npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ConsolePostgresExtension());
        return options;
    }

    /// <summary>
    /// The console's queries are index walks that stop after a page or a capped count. PostgreSQL plans some of them
    /// in parallel (a capped count over a broad search term), and starting the workers cost far more than the walk:
    /// at a million orders on 2 busy cores the Unassigned count of <c>4</c> took 145 ms in parallel, ~20 ms serially.
    /// So the console's sessions plan serially, unless the connection string sets its own <c>Options</c> (for a
    /// server with cores to spare: <c>Options=-c max_parallel_workers_per_gather=2</c>).
    /// </summary>
    public static string SerialPlans(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Options)) builder.Options = "-c max_parallel_workers_per_gather=0";
        return builder.ConnectionString;
    }

    /// <summary>
    /// The console's DateTime values are UTC by convention but not all carry <see cref="DateTimeKind.Utc"/> (dates
    /// from forms, seeds, <c>.Date</c>); SQLite stores them as they are. PostgreSQL does the same with
    /// <c>timestamp without time zone</c> columns and Npgsql's legacy timestamp mapping, instead of refusing every
    /// DateTime that is not Kind=Utc.
    /// </summary>
    public static void UseUnzonedTimestamps() => AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);

    /// <summary>A relative SQLite path is taken from the host's content root, so the database lands in
    /// ConsoleApp/App_Data whatever directory <c>dotnet run</c> is started from.</summary>
    public static string ResolveSqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var cs = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Console") ?? "Data Source=App_Data/console.db");
        if (!string.IsNullOrEmpty(cs.DataSource) && cs.DataSource != ":memory:" && !Path.IsPathRooted(cs.DataSource))
            cs.DataSource = Path.Combine(contentRoot, cs.DataSource);
        cs.DefaultTimeout = 10;
        return cs.ToString();
    }
}
