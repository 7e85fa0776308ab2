using System.Globalization;
using ConsoleApp.Components.Platform.Data;
using Microsoft.Extensions.Configuration;

namespace ConsoleApp.Benchmarks;

/// <param name="DatabasePath">SQLite: the file; PostgreSQL: the database name on the server.</param>
/// <param name="Postgres">PostgreSQL: a connection string to the server (its Database is only used to create others).</param>
internal sealed record BenchOptions(string? DatabasePath, int Orders, int Iterations, int PerTerm, bool GenerateOnly, string? Only,
    DatabaseProvider Provider, string? Postgres, string[]? Terms, bool NoWarmUp)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;
        var provider = Value("--provider") is { } p
            ? ConsoleDatabase.ProviderFrom(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = p }).Build())
            : DatabaseProvider.Sqlite;
        var postgres = Value("--postgres") ?? Environment.GetEnvironmentVariable("CONSOLE_BENCH_POSTGRES");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(postgres))
            throw new ArgumentException("--provider Postgres needs a server: --postgres \"Host=...;Username=...\" or CONSOLE_BENCH_POSTGRES.");
        return new BenchOptions(Value("--db"), Int("--orders", 1_000_000), Int("--iterations", 200), Int("--per-term", 15),
            args.Contains("--generate-only"), Value("--only"), provider, postgres,
            Value("--terms")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), args.Contains("--no-warm-up"));
    }
}
