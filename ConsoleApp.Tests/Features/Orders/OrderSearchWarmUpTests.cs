using System.Collections.Concurrent;
using System.Data.Common;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>The start-up warm-up of the Orders search runs the page's searches against the real database: it must
/// find something to search, only ever read, and cope with a database without orders.</summary>
public sealed class OrderSearchWarmUpTests
{
    [Theory, AllProviders]
    public async Task WarmUp_OnTheDemoData_SearchesAndOnlyReads(DatabaseProvider provider)
    {
        var commands = new CommandLog();
        await using var console = await TestConsole.StartAsync(provider, configure: s => s.ConfigureDbContext<ConsoleDbContext>(o => o.AddInterceptors(commands)));
        commands.Sql.Clear(); // the start's own statements (upgrades) are not the warm-up's

        var searches = await console.Services.GetRequiredService<OrderSearchWarmUp>().RunAsync();

        Assert.True(searches >= 10, $"{searches} searches");
        Assert.NotEmpty(commands.Sql);
        // Reads only: a write would start with INSERT, UPDATE, DELETE (or a transaction around them).
        Assert.All(commands.Sql, sql => Assert.Matches(@"^\s*(SELECT|WITH)\b", sql));
    }

    [Fact]
    public async Task WarmUp_WithoutOrders_RunsNoSearch()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        Assert.Equal(0, await console.Services.GetRequiredService<OrderSearchWarmUp>().RunAsync());
    }

    [Fact]
    public async Task WarmUp_AsHostedService_NeverFailsTheStart()
    {
        // A database it cannot read (here: no tables at all) must leave the console starting: the first searches are
        // then slower, nothing else.
        await using var console = await TestConsole.StartAsync(seed: false);
        await using (var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"PartnerOrderSearchTerms\"; DROP TABLE \"PartnerOrders\";");
        await console.Services.GetRequiredService<OrderSearchWarmUp>().StartAsync(CancellationToken.None);
    }

    private sealed class CommandLog : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Sql { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Sql.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Sql.Enqueue(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Sql.Enqueue(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
