using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Seeding;

public sealed class DemoSeedRunner(IEnumerable<IDemoSeeder> seeders, IDbContextFactory<ConsoleDbContext> factory, ILogger<DemoSeedRunner> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            db.ScopeTo(UserContext.System);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await seeder.SeedAsync(db, ct);
            await tx.CommitAsync(ct);
            logger.LogInformation("Demo data: {Seeder} done", seeder.GetType().Name);
        }
        await using (var db = await factory.CreateDbContextAsync(ct))
            await Data.Postgres.PostgresSequences.SyncAsync(db, ct);
    }
}
