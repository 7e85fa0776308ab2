using System.Globalization;

namespace ConsoleApp.LoadDriver;

internal static class Stats
{
    public static double Percentile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1))];
    }

    /// <summary>"p50 / p95 / max" in ms.</summary>
    public static string Summary(IReadOnlyList<double> values) => values.Count == 0 ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{Percentile(values, 0.5):F0} / {Percentile(values, 0.95):F0} / {values.Max():F0}");

    public static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }
}
