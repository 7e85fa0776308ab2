using System.Collections.Concurrent;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// Two deliveries of one order at the same moment store it once and answer both, on either database, without a
/// failed insert: on PostgreSQL a failed statement is logged by EF Core as an error, which an operator would chase.
/// </summary>
public sealed class OrderIngestionRaceTests
{
    [Theory, AllProviders]
    public async Task SameOrderAtOnce_StoredOnce_BothAnswered_NoFailedStatement(DatabaseProvider provider)
    {
        var log = new CapturedLog();
        await using var console = await TestConsole.StartAsync(provider, configure: s => s.AddLogging(b => b.AddProvider(log)));
        var key = await ApiKeyAsync(console);

        for (var round = 0; round < 5; round++)
        {
            var sap = $"RACE-{provider}-{round}";
            var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
            {
                await using var scope = console.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<OrderIngestionService>().IngestAsync(key, Request(sap));
            })));

            Assert.Single(results, r => r.Created);
            Assert.Single(results.Select(r => r.Order.Id).Distinct());
            await using var db = await console.SystemDbAsync();
            Assert.Equal(1, await db.Set<PartnerOrder>().CountAsync(o => o.SapOrderId == sap));
        }
        Assert.True(log.Errors.IsEmpty, string.Join("\n", log.Errors));
    }

    private static IngestOrderRequest Request(string sap) => new()
    {
        SapOrderId = sap,
        ResellerPoNumber = "RPO-" + sap,
        CustomerPoNumber = "CPO-" + sap,
        TrackingNumber = "TRK-" + sap,
        Product = "MitelOne",
        Licenses = 10,
        TermMonths = 12,
        PurchasedAt = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc),
    };

    private static async Task<PartnerApiKey> ApiKeyAsync(TestConsole console)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<PartnerApiKey>().AsNoTracking().FirstAsync(k => k.PartnerId == 1 && k.RevokedAt == null);
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Errors { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(CapturedLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error) log.Errors.Enqueue($"{category}: {formatter(state, exception)}");
            }
        }
    }
}
