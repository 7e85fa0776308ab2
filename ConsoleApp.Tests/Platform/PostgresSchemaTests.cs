using System.Collections.Concurrent;
using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Tests.Platform;

/// <summary>The PostgreSQL migrations set (assembly ConsoleApp.Migrations.Postgres) makes the model's schema.</summary>
public sealed class PostgresSchemaTests
{
    [PostgresFact]
    public async Task Migrate_EmptyDatabase_AppliesEveryPostgresMigration()
    {
        await using var console = await TestConsole.StartAsync(DatabaseProvider.Postgres, seed: false);
        await using var db = await console.SystemDbAsync();

        var all = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        Assert.All(all, id => Assert.DoesNotContain(id, SqliteMigrationIds()));
    }

    [PostgresFact]
    public async Task Migrate_EmptyDatabase_LogsNoError()
    {
        // The first start on an empty database logged EF's "Failed executing DbCommand" for the history table.
        var errors = new ErrorSink();
        await using var console = await TestConsole.StartAsync(DatabaseProvider.Postgres, seed: false, configure: s => s.AddLogging(l => l.AddProvider(errors)));

        Assert.Empty(errors.Messages);
    }

    [PostgresFact]
    public async Task Model_MatchesTheLatestPostgresMigration()
    {
        await using var console = await TestConsole.StartAsync(DatabaseProvider.Postgres, seed: false);
        await using var db = await console.SystemDbAsync();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration: run dotnet ef migrations add for ConsoleApp.Migrations.Postgres (see docs/DATABASE.md).");
    }

    [PostgresFact]
    public async Task Migrate_SecondStart_ChangesNothing()
    {
        await using var console = await TestConsole.StartAsync(DatabaseProvider.Postgres);
        await using var before = await console.SystemDbAsync();
        var users = await before.Users.CountAsync();

        await console.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        await using var after = await console.SystemDbAsync();
        Assert.Equal(users, await after.Users.CountAsync());
        Assert.Empty(await after.Database.GetPendingMigrationsAsync());
    }

    [PostgresFact]
    public async Task Migrate_TablesWithoutHistory_RefusesToStart()
    {
        await using var console = await TestConsole.StartAsync(DatabaseProvider.Postgres, seed: false);
        await using (var db = await console.SystemDbAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"");
        }

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => console.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync());
        Assert.Contains("no migrations history", ex.Message);
    }

    private sealed class ErrorSink : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Messages { get; } = [];
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) Messages.Enqueue(formatter(state, exception));
        }
        public void Dispose() { }
    }

    private static IReadOnlyCollection<string> SqliteMigrationIds()
    {
        var options = new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var sqlite = new ConsoleDbContext(options);
        return sqlite.Database.GetMigrations().ToList();
    }
}
