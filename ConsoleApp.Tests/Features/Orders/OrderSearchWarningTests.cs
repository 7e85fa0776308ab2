using System.Collections.Concurrent;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>Search must not log EF Core's "Skip/Take without OrderBy" warning: every search ran one, and a log full of
/// expected warnings hides the real ones.</summary>
public sealed class OrderSearchWarningTests
{
    [Fact]
    public async Task Search_BroadNarrowAndInView_LogsNoRowLimitWithoutOrderByWarning()
    {
        var warnings = new WarningSink();
        // A count limit of 2 makes "OW-" broad (term-side probes and counts) with only a few orders.
        await using var console = await TestConsole.StartAsync(settings: new() { ["Orders:SearchCountLimit"] = "2" },
            configure: s => s.AddLogging(l => l.AddProvider(warnings)));
        for (var i = 0; i < 4; i++) await OrderTestData.AddAsync(console, $"OW-{i}", DateTime.UtcNow.AddDays(200));

        await using var scope = console.As(TestUsers.PartnerAdmin);
        var orders = console.Get<OrderService>(scope);
        var broad = await orders.SearchAsync(new OrderQuery(Search: "ow-"), new PageRequest());
        var inView = await orders.SearchAsync(new OrderQuery(OrderView.Unassigned, "ow-"), new PageRequest());
        var narrow = await orders.SearchAsync(new OrderQuery(OrderView.Unassigned, "ow-3"), new PageRequest());

        Assert.True(broad.TotalIsCapped);
        Assert.True(inView.TotalIsCapped);
        Assert.Equal("OW-3", Assert.Single(narrow.Items).SapOrderId);
        Assert.DoesNotContain(warnings.EventIds, id => id == CoreEventId.RowLimitingOperationWithoutOrderByWarning.Id);
    }

    private sealed class WarningSink : ILoggerProvider, ILogger
    {
        public ConcurrentBag<int> EventIds { get; } = [];
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) => EventIds.Add(eventId.Id);
        public void Dispose() { }
    }
}
