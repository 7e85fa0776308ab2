using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConsoleApp.Components.Platform.Background;

/// <summary>
/// Which instance runs a background worker whose work must happen once (the expiry monitor's notifications, the
/// marketplace provisioning steps that call the vendor). A worker asks before each round; only the holder works.
/// </summary>
public interface IWorkerLeases
{
    /// <summary>True while this instance holds <paramref name="worker"/>'s lease (taking it when it is free).</summary>
    Task<bool> TryHoldAsync(string worker, CancellationToken ct = default);
}

/// <summary>SQLite: one instance per database file is the rule, so this instance always holds every lease.</summary>
public sealed class SingleInstanceLeases : IWorkerLeases
{
    public Task<bool> TryHoldAsync(string worker, CancellationToken ct = default) => Task.FromResult(true);
}

/// <summary>
/// PostgreSQL: a session advisory lock per worker (<c>pg_try_advisory_lock</c>) on a connection of its own that
/// stays open while held. If the holder stops or loses its connection, PostgreSQL releases the lock and another
/// instance takes it on its next round. Unpooled connections: a pool would reset (and so release) the lock.
/// </summary>
public sealed class PostgresAdvisoryLeases : IWorkerLeases, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly ILogger<PostgresAdvisoryLeases> _logger;
    private readonly ConcurrentDictionary<string, NpgsqlConnection> _held = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public PostgresAdvisoryLeases(string connectionString, ILogger<PostgresAdvisoryLeases> logger)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "partner-console-lease" }.ToString();
        _logger = logger;
    }

    /// <summary>The lock key of a worker: stable across instances and versions.</summary>
    public static long KeyOf(string worker) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("partner-console:" + worker)), 0);

    public async Task<bool> TryHoldAsync(string worker, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_held.TryGetValue(worker, out var held))
            {
                if (await IsAliveAsync(held, ct)) return true;
                _held.TryRemove(worker, out _);
                await held.DisposeAsync();
                _logger.LogWarning("Lost the {Worker} lease with its connection; trying to take it again", worker);
            }

            var connection = new NpgsqlConnection(_connectionString);
            try
            {
                await connection.OpenAsync(ct);
                await using var cmd = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
                cmd.Parameters.AddWithValue("key", KeyOf(worker));
                if (await cmd.ExecuteScalarAsync(ct) is true)
                {
                    _held[worker] = connection;
                    _logger.LogInformation("This instance now runs {Worker}", worker);
                    return true;
                }
            }
            catch (NpgsqlException ex)
            {
                _logger.LogWarning(ex, "Could not ask for the {Worker} lease", worker);
            }
            await connection.DisposeAsync();
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<bool> IsAliveAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        try
        {
            await using var cmd = new NpgsqlCommand("SELECT 1", connection);
            await cmd.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Unlock before closing: the server frees a closed session's locks only when its backend has gone, which
        // can take a moment, and another instance should take the work over at once.
        foreach (var connection in _held.Values)
        {
            try
            {
                await using var cmd = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
                await cmd.ExecuteNonQueryAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                _logger.LogInformation(ex, "Lease connection already gone at stop; its locks went with it");
            }
            await connection.DisposeAsync();
        }
        _held.Clear();
        _gate.Dispose();
    }
}
