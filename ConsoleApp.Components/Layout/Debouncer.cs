namespace ConsoleApp.Components.Layout;

/// <summary>Runs the last action once input has paused (search-as-you-type without a query per keystroke).</summary>
public sealed class Debouncer(TimeSpan delay) : IDisposable
{
    private CancellationTokenSource? _pending;

    public void Run(Func<Task> action)
    {
        var cts = new CancellationTokenSource();
        Interlocked.Exchange(ref _pending, cts)?.Cancel();
        _ = Task.Delay(delay, cts.Token).ContinueWith(async t =>
        {
            if (!t.IsCanceled) await action();
        }, TaskScheduler.Default);
    }

    public void Dispose() => Interlocked.Exchange(ref _pending, null)?.Cancel();
}
