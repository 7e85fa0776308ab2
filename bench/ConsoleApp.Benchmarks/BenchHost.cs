using System.Data.Common;
using System.Diagnostics;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Composition;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConsoleApp.Benchmarks;

/// <summary>
/// The console's own service graph over one database (a SQLite file or a PostgreSQL database), with a switchable
/// signed-in user (each measurement section acts as the role whose grid it measures), timing helpers and the
/// statement capture for query plans.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private UserContext user = UserContext.System;

    public BenchHost(DatabaseProvider provider, string connectionString, string root)
    {
        DatabaseProvider = provider;
        ConnectionString = connectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Console"] = connectionString,
            ["Mail:PickupDirectory"] = Path.Combine(root, "mail"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Query", Environment.GetEnvironmentVariable("BENCH_QUERY_LOG") is null ? LogLevel.Warning : LogLevel.Debug));
        services.AddPartnerConsoleServices(configuration, root);
        services.ConfigureDbContext<ConsoleDbContext>(o => o.AddInterceptors(Capture, Statements));
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        services.AddScoped<ICurrentUser>(_ => new FixedCurrentUser(user));
        Provider = services.BuildServiceProvider();
    }

    public DatabaseProvider DatabaseProvider { get; }
    public bool IsPostgres => DatabaseProvider == DatabaseProvider.Postgres;
    public string ConnectionString { get; }
    public ServiceProvider Provider { get; }
    public CommandCapture Capture { get; } = new();
    public StatementTimer Statements { get; } = new();

    /// <summary>A scope whose services act as <paramref name="actingUser"/>.</summary>
    public AsyncServiceScope ScopeFor(UserContext actingUser)
    {
        user = actingUser;
        return Provider.CreateAsyncScope();
    }

    public DbConnection OpenConnection()
    {
        // On PostgreSQL with the console's own session settings (serial plans), so the printed plans are the ones
        // the service runs and the hand-written SQL is timed under the same settings.
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConsoleDatabase.SerialPlans(ConnectionString)) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <param name="cpu">when given (length n): filled with each run's thread CPU ms (<see cref="ThreadCpu"/>), sorted.</param>
    public static async Task<double[]> MeasureAsync(int n, Func<int, Task> action, int warmup = 10, double[]? cpu = null)
    {
        for (var i = 0; i < Math.Min(warmup, n); i++) await action(i); // warm-up: compiled queries, page cache
        var times = new double[n];
        for (var i = 0; i < n; i++)
        {
            var (thread, cpuStart) = (Environment.CurrentManagedThreadId, ThreadCpu.NowMs());
            var sw = Stopwatch.StartNew();
            await action(i);
            times[i] = sw.Elapsed.TotalMilliseconds;
            // A run that moved to another thread has no CPU figure of its own.
            if (cpu is not null) cpu[i] = Environment.CurrentManagedThreadId == thread ? ThreadCpu.NowMs() - cpuStart : double.NaN;
        }
        Array.Sort(times);
        if (cpu is not null) Array.Sort(cpu);
        return times;
    }

    /// <summary>The median of the finite values (NaN when there is none: the runs moved between threads).</summary>
    public static double MedianOf(double[] values) => values.Where(double.IsFinite).Order().ToArray() is { Length: > 0 } finite ? Percentile(finite, 0.5) : double.NaN;

    public static double Percentile(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];

    public static void PrintHeader()
    {
        Console.WriteLine("| measurement (page of 25) | n | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
    }

    public static void Print(string name, double[] sorted) =>
        Console.WriteLine($"| {name} | {sorted.Length} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {Percentile(sorted, 0.99):F1} | {sorted[^1]:F1} |");

    /// <summary>How many SQL statements (besides connection PRAGMAs) <paramref name="action"/> sends.</summary>
    public async Task<int> CountStatementsAsync(Func<Task> action)
    {
        lock (Capture.Commands) Capture.Commands.Clear();
        Capture.Enabled = true;
        try { await action(); }
        finally { Capture.Enabled = false; }
        lock (Capture.Commands) return Capture.Commands.Count(c => !c.Sql.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Runs <paramref name="action"/> once and prints the statements it sent with their query plans.</summary>
    public async Task PlansAsync(string title, Func<Task> action)
    {
        lock (Capture.Commands) Capture.Commands.Clear();
        Capture.Enabled = true;
        await action();
        Capture.Enabled = false;
        Console.WriteLine($"### {title}");
        await using var connection = OpenConnection();
        foreach (var (sql, parameters) in Capture.Commands.Where(c => !c.Sql.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)))
        {
            Console.WriteLine("```sql");
            Console.WriteLine(sql.Trim());
            Console.WriteLine("```");
            await PrintPlanAsync(connection, sql, parameters);
        }
        Console.WriteLine();
    }

    /// <summary>SQLite: EXPLAIN QUERY PLAN. PostgreSQL: EXPLAIN, with ANALYZE (actual rows and times) for queries
    /// (it executes the statement, so never for writes).</summary>
    public static async Task PrintPlanAsync(DbConnection connection, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var postgres = connection is NpgsqlConnection;
        var query = sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || sql.TrimStart().StartsWith("(", StringComparison.Ordinal);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = (postgres ? query ? "EXPLAIN (ANALYZE, COSTS OFF, BUFFERS) " : "EXPLAIN (COSTS OFF) " : "EXPLAIN QUERY PLAN ") + sql;
        foreach (var (name, value) in parameters) AddParameter(cmd, name, value);
        try
        {
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) Console.WriteLine($"    {reader.GetString(postgres ? 0 : 3)}");
        }
        catch (DbException ex)
        {
            Console.WriteLine($"    (no plan: {ex.Message})");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }
}
