using System.Collections.Concurrent;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>Search must not log EF Core's "Skip/Take without OrderBy" warning: every search logged one, and a log
/// full of expected warnings hides the real ones. The capped counts are ordered in their index's order instead.</summary>
public sealed class OrderSearchWarningTests
{
    [Theory, AllProviders]
    public async Task Search_BroadNarrowInViewAndAccountName_LogsNoRowLimitWithoutOrderByWarning(DatabaseProvider provider)
    {
        var warnings = new WarningSink();
        // A count limit of 2 makes "OW-" broad (term-side probes and counts) with only a few orders, "harbor" (orders
        // of accounts 2 and 8) broad by account, and "o" with a status filter the capped walk of the view.
        await using var console = await TestConsole.StartAsync(provider, settings: new() { ["Orders:SearchCountLimit"] = "2" },
            configure: s => s.AddLogging(l => l.AddProvider(warnings)));
        for (var i = 0; i < 4; i++) await OrderTestData.AddAsync(console, $"OW-{i}", DateTime.UtcNow.AddDays(200));

        await using var scope = console.As(TestUsers.PartnerAdmin);
        var orders = console.Get<OrderService>(scope);
        var broad = await orders.SearchAsync(new OrderQuery(Search: "ow-"), new PageRequest());
        var inView = await orders.SearchAsync(new OrderQuery(OrderView.Unassigned, "ow-"), new PageRequest());
        var narrow = await orders.SearchAsync(new OrderQuery(OrderView.Unassigned, "ow-3"), new PageRequest());
        var byAccount = await orders.SearchAsync(new OrderQuery(Search: "harbor"), new PageRequest());
        var byAccountWithStatus = await orders.SearchAsync(new OrderQuery(Search: "o", Status: OrderStatus.Active), new PageRequest());

        Assert.True(broad.TotalIsCapped);
        Assert.True(inView.TotalIsCapped);
        Assert.Equal("OW-3", Assert.Single(narrow.Items).SapOrderId);
        Assert.True(byAccount.TotalIsCapped);
        Assert.All(byAccount.Items, r => Assert.Contains("harbor", r.AccountName, StringComparison.OrdinalIgnoreCase));
        Assert.True(byAccountWithStatus.TotalIsCapped);
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
