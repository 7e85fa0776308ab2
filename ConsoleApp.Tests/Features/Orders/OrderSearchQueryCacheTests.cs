using System.Collections.Concurrent;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>A search repeated with other values compiles no new query: EF's query cache must hit, or every keystroke
/// pays the translation of each statement again (milliseconds of CPU per statement).</summary>
public sealed class OrderSearchQueryCacheTests
{
    [Fact]
    public async Task Search_RepeatedWithOtherTerms_CompilesNoQuery()
    {
        var events = new EventSink();
        await using var console = await TestConsole.StartAsync(settings: new() { ["Orders:SearchCountLimit"] = "2", ["Orders:SearchWindow"] = "2" },
            configure: s => s.AddLogging(l => l.AddProvider(events).SetMinimumLevel(LogLevel.Debug).AddFilter<EventSink>(null, LogLevel.Debug)));
        for (var i = 0; i < 4; i++) await OrderTestData.AddAsync(console, $"QC-{i}", DateTime.UtcNow.AddDays(200));

        await using var scope = console.As(TestUsers.PartnerAdmin);
        var orders = console.Get<OrderService>(scope);
        OrderQuery[] queries =
        [
            new(Search: "qc-"), new(OrderView.Unassigned, "qc-"), new(Search: "qc-1"), new(Search: "harbor"), new(Search: "2039-0"), new(), new(OrderView.Unassigned),
        ];
        foreach (var q in queries) await orders.SearchAsync(q, new PageRequest());
        // The sink sees compilations: a query no other test runs (its constant is part of EF's cache key) compiles
        // here. The searches above may not have compiled: EF's query cache outlives one console in a test process.
        await using (var db = await console.Get<IDbContextFactory<ConsoleDbContext>>(scope).CreateDbContextAsync())
            await db.Set<PartnerOrder>().IgnoreQueryFilters().CountAsync(o => o.SapOrderId == "query-cache-probe-7f3a");
        Assert.NotEmpty(events.Compiled);
        events.Compiled.Clear();
        OrderQuery[] again =
        [
            new(Search: "qc-"), new(OrderView.Unassigned, "qc-"), new(Search: "qc-2"), new(Search: "dental"), new(Search: "2039-1"), new(), new(OrderView.Unassigned),
        ];
        foreach (var q in again) await orders.SearchAsync(q, new PageRequest());

        Assert.Empty(events.Compiled);
    }

    private sealed class EventSink : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Compiled { get; } = new();
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == CoreEventId.QueryCompilationStarting.Id) Compiled.Enqueue(formatter(state, exception));
        }
        public void Dispose() { }
    }
}
