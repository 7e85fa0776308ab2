using System.Globalization;

namespace ConsoleApp.Benchmarks;

internal sealed record BenchOptions(string? DatabasePath, int Orders, int Iterations, int PerTerm, bool GenerateOnly, string? Only)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(Value("--db"), Int("--orders", 1_000_000), Int("--iterations", 200), Int("--per-term", 15),
            args.Contains("--generate-only"), Value("--only"));
    }
}
