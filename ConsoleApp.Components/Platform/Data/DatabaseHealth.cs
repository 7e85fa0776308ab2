using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>Health checks that tell the truth about storage: the database can take a write, and the disk has room.</summary>
public static class DatabaseHealth
{
    public static IServiceCollection AddConsoleStorageHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SqliteRecovery>();
        services.AddSingleton<SqliteRecovery.ReadOnlyGuard>();
        services.AddHealthChecks()
            .AddCheck<DatabaseWritableCheck>("database-writable", HealthStatus.Unhealthy, ["storage"])
            .AddCheck<DiskSpaceCheck>("disk-space", HealthStatus.Degraded, ["storage"]);
        services.Configure<StorageHealthSettings>(configuration.GetSection("Health"));
        return services;
    }
}

/// <summary>The "Health" section of appsettings.json.</summary>
public sealed class StorageHealthSettings
{
    /// <summary>Below this much free space on the database's disk the console reports Degraded.</summary>
    public long MinFreeDiskMegabytes { get; set; } = 512;
}

/// <summary>
/// On a fresh, unpooled connection: is the file open read-write, and can a write transaction take the lock and
/// dirty a page (<c>BEGIN IMMEDIATE; PRAGMA user_version = same; ROLLBACK</c>)? Nothing is written, no table is
/// needed, and it fails when a real write would (read-only file or file system, I/O error, lock held too long).
/// </summary>
public sealed class DatabaseWritableCheck(IDbContextFactory<ConsoleDbContext> factory, ILogger<DatabaseWritableCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite()) return HealthCheckResult.Healthy("A database server: the database check covers it.");
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false, DefaultTimeout = 3 };
        try
        {
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken);
            // SQLite opens a file it may not write read-only without an error; say so plainly.
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
                return Unhealthy(builder.DataSource, "the database file opened read-only (file permissions or a read-only file system)");
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 2000; PRAGMA user_version;";
            var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            // Writing the header's user_version back unchanged dirties a page, which fails exactly like a real write
            // would; the rollback means nothing reaches the file.
            command.CommandText = $"BEGIN IMMEDIATE; PRAGMA user_version = {version}; ROLLBACK;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database can be written.");
        }
        catch (SqliteException ex)
        {
            return Unhealthy(builder.DataSource, Errors.StorageFailures.Cause(ex));
        }
    }

    private HealthCheckResult Unhealthy(string dataSource, string cause)
    {
        logger.LogError("Health: the database {DataSource} cannot be written: {Cause}", dataSource, cause);
        return HealthCheckResult.Unhealthy($"The database cannot be written: {cause}");
    }
}

/// <summary>Degraded when the database's disk is nearly full (SQLite and the log files stop writing when it is full).</summary>
public sealed class DiskSpaceCheck(IDbContextFactory<ConsoleDbContext> factory, Microsoft.Extensions.Options.IOptions<StorageHealthSettings> settings, ILogger<DiskSpaceCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite()) return HealthCheckResult.Healthy("A database server: no local database file.");
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var freeMb = new DriveInfo(directory).AvailableFreeSpace / (1024 * 1024);
        var minimum = settings.Value.MinFreeDiskMegabytes;
        if (freeMb >= minimum) return HealthCheckResult.Healthy($"{freeMb} MB free.");
        logger.LogWarning("Health: only {FreeMb} MB free on the database disk ({Directory}); the minimum is {MinimumMb} MB", freeMb, directory, minimum);
        return HealthCheckResult.Degraded($"Only {freeMb} MB free on the database disk (minimum {minimum} MB).");
    }
}
