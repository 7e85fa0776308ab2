using ConsoleApp.Components.Platform.Data;

namespace ConsoleApp.Components.Platform.Seeding;

/// <summary>
/// One feature's share of the demo data. Seeders run in <see cref="Order"/> on start (unless
/// <c>Console:SeedDemoData</c> is false), each with a context that sees every tenant; a seeder skips itself
/// when its data is already there, so a feature landing later seeds into an existing database.
/// Data is deterministic: fixed seeds for randomness and dates relative to the day of seeding.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }
    Task SeedAsync(ConsoleDbContext db, CancellationToken ct);
}
