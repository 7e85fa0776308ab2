using System.Runtime.InteropServices;

namespace ConsoleApp.LoadDriver;

/// <summary>
/// Gives the console and the driver's browsers their own cores (<c>--server-cpus 0 --browser-cpus 1</c>, Linux only),
/// so the server's figures are what the server's core can do, not what is left after hundreds of Chromium pages take
/// their turn. Affinity is per thread on Linux and a new thread or process inherits its creator's: every thread of
/// this process is moved to the browsers' cores while Playwright starts its driver and Chromium (which inherit it),
/// then every thread is moved to the server's cores, and threads started later inherit those.
/// </summary>
internal static partial class CpuPinning
{
    public static async Task<T> StartBrowsersAsync<T>(DriverOptions options, Func<Task<T>> start)
    {
        if (options.BrowserCpus is not { } browserCpus || options.ServerCpus is not { } serverCpus) return await start();
        PinAllThreads(browserCpus);
        try { return await start(); }
        finally { PinAllThreads(serverCpus); }
    }

    private static void PinAllThreads(IReadOnlyList<int> cpus)
    {
        var mask = cpus.Aggregate(0UL, (m, cpu) => m | (1UL << cpu));
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            // A thread may end between listing and pinning; that is fine (ESRCH).
            if (int.TryParse(Path.GetFileName(task), out var tid)) _ = SchedSetAffinity(tid, sizeof(ulong), ref mask);
        }
    }

    [LibraryImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SchedSetAffinity(int tid, nint size, ref ulong mask);
}
