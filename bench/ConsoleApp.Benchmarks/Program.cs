using System.Diagnostics;
using ConsoleApp.Benchmarks;
using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Composition;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

// Orders at scale: a temporary SQLite database with 100,000 orders for one partner, measured through the real
// OrderService (tenant filter, search terms, views, conditional-update assignment). Run in Release:
//   dotnet run -c Release --project bench/ConsoleApp.Benchmarks [-- orderCount iterations]
// With CONSOLE_BENCH_POSTGRES set to a PostgreSQL server's connection string (e.g. the CONSOLE_TEST_POSTGRES of
// scripts/test-services.sh), the same runs on a temporary PostgreSQL database instead.
var orderCount = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var iterations = args.Length > 1 ? int.Parse(args[1]) : 300;
var root = Path.Combine(Path.GetTempPath(), $"pc-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(root);
var dbPath = Path.Combine(root, "bench.db");
var capture = new CommandCapture();
var admin = new UserContext("demo-partner-admin", "partner.admin@demo.test", "Pat Admin", Roles.PartnerAdmin, PartnerId: DemoData.PartnerId);

var postgresServer = Environment.GetEnvironmentVariable("CONSOLE_BENCH_POSTGRES") is { Length: > 0 } pg ? pg : null;
var postgresDb = postgresServer is null ? null
    : new NpgsqlConnectionStringBuilder(postgresServer) { Database = $"pc_bench_{Guid.NewGuid():N}"[..24] }.ToString();
if (postgresDb is not null) ConsoleDatabase.UseUnzonedTimestamps(); // before Npgsql's first use
if (postgresDb is not null) await PostgresAdminAsync($"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(postgresDb).Database}\"");

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = postgresDb is null ? "Sqlite" : "Postgres",
    ["ConnectionStrings:Console"] = postgresDb ?? $"Data Source={dbPath}",
    ["Mail:PickupDirectory"] = Path.Combine(root, "mail"),
}).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
services.AddPartnerConsoleServices(configuration, root);
services.ConfigureDbContext<ConsoleDbContext>(o => o.AddInterceptors(capture));
services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
services.AddScoped<ICurrentUser>(_ => new FixedCurrentUser(admin));
await using var provider = services.BuildServiceProvider();

try
{
    var setup = Stopwatch.StartNew();
    await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    await using (var scope = provider.CreateAsyncScope())
        await scope.ServiceProvider.GetRequiredService<DemoSeedRunner>().SeedAsync();
    if (postgresDb is null)
        await OrderData.InsertAsync(dbPath, DemoData.PartnerId, 1, DemoData.AccountsOfPartner, orderCount);
    else
        await OrderData.InsertPostgresAsync(postgresDb, DemoData.PartnerId, 1, DemoData.AccountsOfPartner, orderCount);
    SqliteConnection.ClearAllPools();
    Console.WriteLine($"Orders benchmark: {orderCount:N0} orders for partner {DemoData.PartnerId} (+ demo data), set up in {setup.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine($"{(postgresDb is null ? $"SQLite {new SqliteConnection().ServerVersion}" : $"PostgreSQL {await PostgresVersionAsync()}")}, {Environment.ProcessorCount} cores, {iterations} iterations per measurement");
    Console.WriteLine();

    await using var benchScope = provider.CreateAsyncScope();
    var orders = benchScope.ServiceProvider.GetRequiredService<OrderService>();

    string[] searches = ["4", "46", "4600", "4600123", "4600299997", "trk", "trk5", "trk51234", "cpo-1", "cpo-98765", "rpo-4", "rpo-5555", "2027-0", "2027-03-1", "dental", "harbor", "zzz-none"];
    var page = new PageRequest(0, 25);
    for (var i = 0; i < 20; i++) await orders.SearchAsync(new OrderQuery(Search: searches[i % searches.Length]), page);

    var perTerm = new Dictionary<string, List<double>>();
    var search = await MeasureAsync(iterations, async i =>
    {
        var sw = Stopwatch.StartNew();
        await orders.SearchAsync(new OrderQuery(Search: searches[i % searches.Length]), page);
        (perTerm.TryGetValue(searches[i % searches.Length], out var l) ? l : perTerm[searches[i % searches.Length]] = []).Add(sw.Elapsed.TotalMilliseconds);
    });
    var searchUnassigned = await MeasureAsync(iterations, i => orders.SearchAsync(new OrderQuery(OrderView.Unassigned, searches[i % searches.Length]), page));
    OrderView[] views = [OrderView.All, OrderView.Unassigned, OrderView.Expiring];
    var viewSwitch = await MeasureAsync(iterations, i => orders.SearchAsync(new OrderQuery(views[i % views.Length]), page));
    var paging = await MeasureAsync(iterations, i => orders.SearchAsync(new OrderQuery(views[i % views.Length]), new PageRequest(25 * (i % 40), 25)));

    // Assign distinct ASSIGN-status orders to active accounts, one request each, through the real service.
    List<int> assignable;
    await using (var db = await provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
    {
        db.ScopeTo(UserContext.System);
        var now = DateTime.UtcNow;
        assignable = await db.Set<PartnerOrder>().Where(o => o.PartnerId == DemoData.PartnerId)
            .Where(OrderStatusRules.Is(OrderStatus.Assign, now, TimeSpan.FromDays(30))).OrderBy(o => o.Id).Select(o => o.Id).Take(iterations + 1).ToListAsync();
    }
    var activeAccounts = Enumerable.Range(1, DemoData.AccountsOfPartner).Where(a => a is not 8 and not 20).ToArray();
    await orders.AssignAsync(assignable[^1], activeAccounts[0]);
    var assign = await MeasureAsync(iterations, i => orders.AssignAsync(assignable[i], activeAccounts[i % activeAccounts.Length]));

    Console.WriteLine("| measurement (page of 25) | n | p50 ms | p95 ms | max ms | target p95 |");
    Console.WriteLine("|---|---|---|---|---|---|");
    Print("search, All view (17 terms round-robin)", search, "≤ 50");
    Print("search, Unassigned view", searchUnassigned, "≤ 50");
    Print("view switch All/Unassigned/Expiring", viewSwitch, "≤ 50");
    Print("paging through the first 40 pages", paging, "-");
    Print("assign one order (conditional update + audit)", assign, "≤ 30");
    Console.WriteLine();
    var counts = new List<string>();
    foreach (var t in searches)
    {
        var r = await orders.SearchAsync(new OrderQuery(Search: t), page);
        counts.Add($"{t}={(r.TotalIsCapped ? ">" : "")}{r.Total}");
    }
    Console.WriteLine("Matches per term (All view; > = more than the count limit): " + string.Join(", ", counts));
    Console.WriteLine("Median ms per term (All view): " + string.Join(", ", perTerm.Select(kv => $"{kv.Key}={kv.Value.Order().ElementAt(kv.Value.Count / 2):F1}")));
    Console.WriteLine();

    // The statements the service sent for one search, one view switch and one assignment, with their plans.
    await PlansAsync("search \"4600123\" (All view)", () => orders.SearchAsync(new OrderQuery(Search: "4600123"), page));
    await PlansAsync("search \"dental\" (account name)", () => orders.SearchAsync(new OrderQuery(Search: "dental"), page));
    await PlansAsync("view Unassigned", () => orders.SearchAsync(new OrderQuery(OrderView.Unassigned), page));
    await PlansAsync("view Expiring", () => orders.SearchAsync(new OrderQuery(OrderView.Expiring), page));
    await PlansAsync("assign", () => orders.AssignAsync(NextAssignable(), activeAccounts[1]));
}
finally
{
    SqliteConnection.ClearAllPools();
    try { Directory.Delete(root, true); } catch (IOException) { }
    if (postgresDb is not null)
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresAdminAsync($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(postgresDb).Database}\" WITH (FORCE)");
    }
}

int NextAssignable()
{
    using var db = provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();
    db.ScopeTo(UserContext.System);
    var after = DateTime.UtcNow.AddDays(60);
    return db.Set<PartnerOrder>().Where(o => o.PartnerId == DemoData.PartnerId && o.AssignedAccountId == null && o.ExpiresAt > after)
        .OrderByDescending(o => o.Id).Select(o => o.Id).First();
}

async Task PostgresAdminAsync(string sql)
{
    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Pooling = false }.ToString());
    await connection.OpenAsync();
    await using var cmd = new NpgsqlCommand(sql, connection);
    await cmd.ExecuteNonQueryAsync();
}

async Task<string> PostgresVersionAsync()
{
    await using var connection = new NpgsqlConnection(postgresDb);
    await connection.OpenAsync();
    return connection.PostgreSqlVersion.ToString();
}

static async Task<double[]> MeasureAsync(int n, Func<int, Task> action)
{
    var times = new double[n];
    for (var i = 0; i < n; i++)
    {
        var sw = Stopwatch.StartNew();
        await action(i);
        times[i] = sw.Elapsed.TotalMilliseconds;
    }
    Array.Sort(times);
    return times;
}

static void Print(string name, double[] sorted, string target)
{
    double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    Console.WriteLine($"| {name} | {sorted.Length} | {P(0.50):F1} | {P(0.95):F1} | {sorted[^1]:F1} | {target} |");
}

async Task PlansAsync(string title, Func<Task> action)
{
    lock (capture.Commands) capture.Commands.Clear();
    capture.Enabled = true;
    await action();
    capture.Enabled = false;
    Console.WriteLine($"### {title}");
    if (postgresDb is not null)
    {
        await PostgresPlansAsync();
        return;
    }
    await using var connection = new SqliteConnection($"Data Source={dbPath}");
    await connection.OpenAsync();
    foreach (var (sql, parameters) in capture.Commands.Where(c => !c.Sql.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)))
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        Console.WriteLine("```sql");
        Console.WriteLine(sql.Trim());
        Console.WriteLine("```");
        try
        {
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) Console.WriteLine($"    {reader.GetString(3)}");
        }
        catch (SqliteException ex)
        {
            Console.WriteLine($"    (no plan: {ex.Message})");
        }
    }
    Console.WriteLine();
}

async Task PostgresPlansAsync()
{
    await using var connection = new NpgsqlConnection(postgresDb);
    await connection.OpenAsync();
    foreach (var (sql, parameters) in capture.Commands)
    {
        await using var cmd = new NpgsqlCommand("EXPLAIN " + sql, connection);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        Console.WriteLine("```sql");
        Console.WriteLine(sql.Trim());
        Console.WriteLine("```");
        try
        {
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) Console.WriteLine($"    {reader.GetString(0)}");
        }
        catch (PostgresException ex)
        {
            Console.WriteLine($"    (no plan: {ex.MessageText})");
        }
    }
    Console.WriteLine();
}
