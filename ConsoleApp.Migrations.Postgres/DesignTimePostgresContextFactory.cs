using ConsoleApp.Components.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Migrations.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model for this migrations set without starting the host. Only
/// <c>dotnet ef database update</c> opens the connection; pass another with
/// <c>-- "Host=127.0.0.1;Database=console;Username=console"</c>.
/// </summary>
internal sealed class DesignTimePostgresContextFactory : IDesignTimeDbContextFactory<ConsoleDbContext>
{
    public ConsoleDbContext CreateDbContext(string[] args)
    {
        var connectionString = args.FirstOrDefault(a => a.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            ?? "Host=127.0.0.1;Database=console;Username=console";
        var services = new ServiceCollection();
        services.AddOptions<IdentityOptions>().Configure(o => ConsoleDbContext.ConfigureIdentityStores(o.Stores));
        var options = new DbContextOptionsBuilder<ConsoleDbContext>();
        options.UseConsolePostgres(connectionString).UseApplicationServiceProvider(services.BuildServiceProvider());
        return new ConsoleDbContext(options.Options);
    }
}
