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

namespace ConsoleApp.Tests;

/// <summary>
/// The console's real service graph over a real SQLite file (or a PostgreSQL database, see
/// <see cref="PostgresTestDatabases"/>), for service tests. The demo data is seeded once into a template per test
/// run and copied for each test, so every test starts from the same data.
/// Services are resolved per user: <c>await using var scope = console.As(TestUsers.PartnerAdmin)</c>.
/// </summary>
public sealed class TestConsole : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly SemaphoreSlim PostgresTemplateLock = new(1, 1);
    private static string? _templatePath;
    private static string? _postgresTemplate;

    private readonly ServiceProvider _services;
    private bool _ownsDatabase = true;
    /// <summary>The SQLite file, or the PostgreSQL database name.</summary>
    public string DatabasePath { get; }
    public DatabaseProvider Provider { get; }
    public IServiceProvider Services => _services;

    private TestConsole(ServiceProvider services, string path, DatabaseProvider provider)
    {
        _services = services;
        DatabasePath = path;
        Provider = provider;
    }

    /// <param name="copyOf">a SQLite database file to start on (a copy is used) instead of the demo data.</param>
    public static async Task<TestConsole> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, bool seed = true,
        Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, string? copyOf = null)
    {
        string path;
        if (provider == DatabaseProvider.Postgres)
            path = await PostgresTestDatabases.CreateAsync(seed ? await PostgresTemplateAsync() : null);
        else
        {
            path = Path.Combine(Path.GetTempPath(), $"pc-test-{Guid.NewGuid():N}.db");
            if (copyOf is not null) File.Copy(copyOf, path);
            else if (seed) File.Copy(await TemplateAsync(), path);
        }
        var console = new TestConsole(Build(provider, path, settings, configure), path, provider);
        await console.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return console;
    }

    /// <summary>Another console instance on <paramref name="other"/>'s database (as a second process would be);
    /// the database stays with <paramref name="other"/>.</summary>
    public static TestConsole Join(TestConsole other, Dictionary<string, string?>? settings = null) =>
        new(Build(other.Provider, other.DatabasePath, settings, null), other.DatabasePath, other.Provider) { _ownsDatabase = false };

    /// <summary>The configuration a console on <paramref name="provider"/>'s database <paramref name="path"/> runs with.</summary>
    public static Dictionary<string, string?> DatabaseSettings(DatabaseProvider provider, string path) => provider == DatabaseProvider.Postgres
        ? new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Console"] = PostgresTestDatabases.ConnectionStringFor(path) }
        : new() { ["ConnectionStrings:Console"] = $"Data Source={path}" };

    private static ServiceProvider Build(DatabaseProvider provider, string path, Dictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        var values = DatabaseSettings(provider, path);
        values["Mail:PickupDirectory"] = Path.Combine(Path.GetTempPath(), $"pc-mail-{Guid.NewGuid():N}");
        foreach (var (k, v) in settings ?? []) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPartnerConsoleServices(configuration, Path.GetTempPath());
        // Tests sign in as whoever they need; hashing at production strength would only make them slow.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        services.AddScoped<TestUserHolder>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestUserHolder>());
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templatePath is not null) return _templatePath;
            var path = Path.Combine(Path.GetTempPath(), $"pc-template-{Guid.NewGuid():N}.db");
            await using (var services = Build(DatabaseProvider.Sqlite, path, null, null))
            {
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DemoSeedRunner>().SeedAsync();
            }
            SqliteConnection.ClearAllPools(); // closes the pooled connections so the WAL is folded into the file
            return _templatePath = path;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task<string> PostgresTemplateAsync()
    {
        await PostgresTemplateLock.WaitAsync();
        try
        {
            if (_postgresTemplate is not null) return _postgresTemplate;
            var name = PostgresTestDatabases.TemplateName;
            await PostgresTestDatabases.DropAsync(name);
            await using (var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(ExternalServices.Postgres) { Pooling = false }.ToString()))
            {
                await admin.OpenAsync();
                await using var cmd = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await cmd.ExecuteNonQueryAsync();
            }
            await using (var services = Build(DatabaseProvider.Postgres, name, null, null))
            {
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DemoSeedRunner>().SeedAsync();
            }
            PostgresTestDatabases.ClearPool(name); // a template database must have no open connections
            return _postgresTemplate = name;
        }
        finally
        {
            PostgresTemplateLock.Release();
        }
    }

    /// <summary>A DI scope acting as <paramref name="user"/> (like one circuit of that user).</summary>
    public AsyncServiceScope As(UserContext user)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestUserHolder>().User = user;
        return scope;
    }

    public T Get<T>(AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A context that sees every tenant, for arranging and asserting.</summary>
    public async Task<ConsoleDbContext> SystemDbAsync()
    {
        var db = await _services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return db.ScopeTo(UserContext.System);
    }

    public async ValueTask DisposeAsync()
    {
        var scratch = ScratchPaths();
        await _services.DisposeAsync();
        DeleteScratch(scratch);
        if (!_ownsDatabase) return;
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresTestDatabases.DropAsync(DatabasePath);
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(DatabasePath + suffix); } catch (IOException) { }
    }

    // What this console wrote in the temporary folder besides its database: its own mail folder, and a licence key the
    // test placed there (the tests name theirs pc-key-*.pem), which a joined instance may share and so leaves to the
    // first. Anything outside the temporary folder is left alone.
    private string?[] ScratchPaths()
    {
        var configuration = _services.GetRequiredService<IConfiguration>();
        return [configuration["Mail:PickupDirectory"], _ownsDatabase ? configuration["AppSuite:LicenceKeyPath"] : null];
    }

    private static void DeleteScratch(string?[] paths)
    {
        var temp = Path.GetTempPath();
        foreach (var path in paths)
        {
            if (path is null || !path.StartsWith(temp, StringComparison.Ordinal) || !Path.GetFileName(path).StartsWith("pc-", StringComparison.Ordinal)) continue;
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                else File.Delete(path);
            }
            catch (IOException) { }
        }
    }
}

public sealed class TestUserHolder : ICurrentUser
{
    public UserContext User { get; set; } = UserContext.Anonymous;
    public Task<UserContext> GetAsync() => Task.FromResult(User);
}
