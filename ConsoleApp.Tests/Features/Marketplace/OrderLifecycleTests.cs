using ConsoleApp.Components.Features.Marketplace;

namespace ConsoleApp.Tests.Features.Marketplace;

public sealed class OrderLifecycleTests
{
    public static TheoryData<OrderStatus, OrderAction, OrderStatus> Allowed => new()
    {
        { OrderStatus.Started, OrderAction.SaveDraft, OrderStatus.Draft },
        { OrderStatus.Draft, OrderAction.Resume, OrderStatus.Started },
        { OrderStatus.Started, OrderAction.Delete, OrderStatus.Deleted },
        { OrderStatus.Started, OrderAction.Submit, OrderStatus.ProvisioningStarted },
        { OrderStatus.ProvisioningStarted, OrderAction.ProvisioningSucceeded, OrderStatus.ProvisioningFinished },
        { OrderStatus.ProvisioningStarted, OrderAction.ProvisioningRejected, OrderStatus.ProvisioningFailed },
        { OrderStatus.ProvisioningFinished, OrderAction.Confirm, OrderStatus.InProgress },
        { OrderStatus.InProgress, OrderAction.Complete, OrderStatus.Completed },
        { OrderStatus.ProvisioningFailed, OrderAction.CloseWithErrors, OrderStatus.CompletedWithErrors },
    };

    public static TheoryData<OrderStatus, OrderAction> Refused()
    {
        var data = new TheoryData<OrderStatus, OrderAction>();
        var allowed = Allowed.Select(row => ((OrderStatus)row[0], (OrderAction)row[1])).ToHashSet();
        foreach (var s in Enum.GetValues<OrderStatus>())
            foreach (var a in Enum.GetValues<OrderAction>())
                if (!allowed.Contains((s, a))) data.Add(s, a);
        return data;
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Apply_AllowedTransition_MovesToNextStatus(OrderStatus from, OrderAction action, OrderStatus to)
    {
        Assert.True(OrderLifecycle.CanApply(from, action));
        Assert.Equal(to, OrderLifecycle.Apply(from, action));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Apply_OtherTransition_IsRefusedWithReason(OrderStatus from, OrderAction action)
    {
        Assert.False(OrderLifecycle.CanApply(from, action));
        var ex = Assert.Throws<InvalidOrderTransitionException>(() => OrderLifecycle.Apply(from, action));
        Assert.Equal(from, ex.From);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Theory]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.CompletedWithErrors)]
    public void Apply_ProcessedHistoricalOrder_RefusesEveryUserAction(OrderStatus status)
    {
        foreach (var action in OrderLifecycle.UserActions)
        {
            var ex = Assert.Throws<InvalidOrderTransitionException>(() => OrderLifecycle.Apply(status, action));
            Assert.Contains("cannot be modified", ex.Message);
        }
        Assert.False(OrderLifecycle.IsEditable(status));
        Assert.Empty(OrderLifecycle.UserActionsFor(status));
    }

    [Fact]
    public void Views_SplitTheNineStatuses_RecentAndHistorical()
    {
        Assert.Equal(9, OrderLifecycle.RecentStatuses.Count + OrderLifecycle.HistoricalStatuses.Count);
        Assert.Empty(OrderLifecycle.RecentStatuses.Intersect(OrderLifecycle.HistoricalStatuses));
        Assert.Equal(Enum.GetValues<OrderStatus>().Order(), OrderLifecycle.RecentStatuses.Concat(OrderLifecycle.HistoricalStatuses).Order());
        Assert.Equal([OrderStatus.InProgress, OrderStatus.CompletedWithErrors, OrderStatus.Completed],
            OrderLifecycle.StatusesFor(OrderView.Historical, HistoryFilter.Active));
        Assert.Equal([OrderStatus.Draft], OrderLifecycle.StatusesFor(OrderView.Historical, HistoryFilter.Draft));
        Assert.Equal(4, OrderLifecycle.StatusesFor(OrderView.Historical, HistoryFilter.All).Count);
    }

    [Fact]
    public void UserActions_OnlyStartedAndDraftOffered()
    {
        Assert.Equal([OrderAction.SaveDraft, OrderAction.Delete, OrderAction.Submit], OrderLifecycle.UserActionsFor(OrderStatus.Started));
        Assert.Equal([OrderAction.Resume], OrderLifecycle.UserActionsFor(OrderStatus.Draft));
        Assert.True(OrderLifecycle.IsEditable(OrderStatus.Started));
        Assert.False(OrderLifecycle.IsEditable(OrderStatus.Draft));
    }
}
