using System.Runtime.InteropServices;

namespace ConsoleApp.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux), so a measurement on a shared machine counts the work done, not the time
/// spent waiting for a core. A search on SQLite runs on one thread from start to end (the provider's async calls
/// complete synchronously), so its thread's CPU time is the search's cost; elsewhere this returns NaN.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    public static double NowMs() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;
}
