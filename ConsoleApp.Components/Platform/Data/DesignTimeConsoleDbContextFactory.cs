using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting the host (no configuration, no seeding, no hosted
/// services). The connection string only matters for <c>dotnet ef database update</c>; <c>migrations add</c> and
/// <c>migrations script</c> never open it. Pass another with <c>-- "Data Source=path/to/console.db"</c>.
/// </summary>
internal sealed class DesignTimeConsoleDbContextFactory : IDesignTimeDbContextFactory<ConsoleDbContext>
{
    public ConsoleDbContext CreateDbContext(string[] args)
    {
        var connectionString = args.FirstOrDefault(a => a.Contains("Data Source", StringComparison.OrdinalIgnoreCase))
            ?? "Data Source=../ConsoleApp/App_Data/console.db";
        // The Identity part of the model follows the Identity options, read from the application's services.
        var services = new ServiceCollection();
        services.AddOptions<IdentityOptions>().Configure(o => ConsoleDbContext.ConfigureIdentityStores(o.Stores));
        var options = new DbContextOptionsBuilder<ConsoleDbContext>()
            .UseSqlite(connectionString)
            .UseApplicationServiceProvider(services.BuildServiceProvider())
            .Options;
        return new ConsoleDbContext(options);
    }
}
