using System.Collections.Concurrent;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Platform.Live;

/// <summary>
/// Who may see which rows, as far as the console's services decide it: the role and the tenant ids the database's
/// tenant filters and the services' own checks read (<see cref="UserContext"/> minus the user's name, email and id,
/// which no list query filters by). Two users with the same access get the same rows for the same query.
/// </summary>
public readonly record struct ReadAccess(string Role, int? PartnerId, int? AccountId, int? ResellerId, int? CompanyId, bool System)
{
    public static ReadAccess Of(UserContext user) =>
        new(user.Role, user.PartnerId, user.AccountId, user.ResellerId, user.CompanyId, user.IsSystem);
}

/// <summary>What makes two reads the same: the query (its owner spells it: grid, search, sort, page and the page's own
/// filters), the feed its rows follow, and the reader's access.</summary>
public readonly record struct SharedReadKey(string Query, LiveFeed Feed, ReadAccess Access);

/// <summary>
/// One read for many circuits. After a change, every open page that shows the same query to users of the same access
/// would run the same database query within milliseconds of each other; here the first one runs it and the others
/// take its result. A read is shared only while it is as fresh as a new one would be: its stamp was taken before it
/// started, and no change of its feed (and no resync) has been published since (<see cref="IChangeNotifier.ChangedSince"/>).
/// A change that arrives while a read runs therefore makes the next caller start a fresh read: nobody is handed rows
/// older than the change that made them reload. A finished read stays available for <see cref="Retention"/>, for the
/// circuits whose turn on the thread pool comes after it finished.
/// </summary>
public sealed class SharedReads(IChangeNotifier notifier, TimeProvider clock)
{
    /// <summary>How long a finished read may still be handed out (only while no change of its feed arrived).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<SharedReadKey, Flight> _flights = new();

    /// <summary>Reads now (not shared) and how many reads were started and joined, for tests and figures.</summary>
    public long Started => Interlocked.Read(ref _started);
    public long Joined => Interlocked.Read(ref _joined);
    private long _started, _joined;

    /// <summary>Reads in the table (running or retained).</summary>
    public int Count => _flights.Count;

    /// <summary>The result of <paramref name="read"/> for <paramref name="key"/>: a running or recent read's if it is
    /// still current, else a new one that later callers can join. The read runs on the caller's context with no
    /// cancellation (others may wait for it); a failed read is not shared with later callers.</summary>
    public Task<TResult> ReadAsync<TResult>(SharedReadKey key, Func<Task<TResult>> read)
    {
        while (true)
        {
            if (_flights.TryGetValue(key, out var existing))
            {
                if (existing.Result is Task<TResult> result && IsCurrent(existing, key))
                {
                    Interlocked.Increment(ref _joined);
                    return result;
                }
                // Stale, failed or expired: replace it (unless someone else already did).
                var fresh = Start(read);
                if (_flights.TryUpdate(key, fresh.Flight, existing)) return Begin(key, fresh);
                continue;
            }
            var started = Start(read);
            if (_flights.TryAdd(key, started.Flight)) return Begin(key, started);
        }
    }

    private bool IsCurrent(Flight flight, SharedReadKey key) =>
        !flight.Result.IsFaulted && !flight.Result.IsCanceled
        && (flight.FinishedAt is not { } finished || clock.GetUtcNow() - finished < Retention)
        && !notifier.ChangedSince(flight.Stamp, key.Feed.Topic, key.Feed.Tenant);

    // The stamp is taken before the read starts, so every change published up to it was committed before the read.
    private (Flight Flight, TaskCompletionSource<TResult> Source, Func<Task<TResult>> Read) Start<TResult>(Func<Task<TResult>> read)
    {
        var source = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        return (new Flight(notifier.Stamp(), source.Task), source, read);
    }

    private Task<TResult> Begin<TResult>(SharedReadKey key, (Flight Flight, TaskCompletionSource<TResult> Source, Func<Task<TResult>> Read) started)
    {
        Interlocked.Increment(ref _started);
        _ = RunAsync(key, started);
        return started.Source.Task;
    }

    private async Task RunAsync<TResult>(SharedReadKey key, (Flight Flight, TaskCompletionSource<TResult> Source, Func<Task<TResult>> Read) started)
    {
        try
        {
            started.Source.TrySetResult(await started.Read());
        }
        catch (Exception ex)
        {
            started.Source.TrySetException(ex);
        }
        started.Flight.FinishedAt = clock.GetUtcNow();
        if (started.Source.Task.IsFaulted) _flights.TryRemove(new KeyValuePair<SharedReadKey, Flight>(key, started.Flight));
        else _ = ForgetLaterAsync(key, started.Flight);
    }

    private async Task ForgetLaterAsync(SharedReadKey key, Flight flight)
    {
        await Task.Delay(Retention, clock).ConfigureAwait(false);
        _flights.TryRemove(new KeyValuePair<SharedReadKey, Flight>(key, flight));
    }

    private sealed class Flight(LiveStamp stamp, Task result)
    {
        public LiveStamp Stamp { get; } = stamp;
        public Task Result { get; } = result;
        public DateTimeOffset? FinishedAt { get; set; }
    }
}
