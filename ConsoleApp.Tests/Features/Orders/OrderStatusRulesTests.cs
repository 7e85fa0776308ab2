using ConsoleApp.Components.Features.Orders;

namespace ConsoleApp.Tests.Features.Orders;

public sealed class OrderStatusRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);

    private static OrderStatus Status(DateTime? expires, int? account, DateTime? activated, TimeSpan? window = null) =>
        OrderStatusRules.Evaluate(expires, account, activated, Now, window ?? Window);

    [Fact]
    public void Evaluate_UnassignedExpiryBeyondWindow_IsAssign() =>
        Assert.Equal(OrderStatus.Assign, Status(Now.AddDays(31), null, null));

    [Fact]
    public void Evaluate_UnassignedPerpetual_IsAssign() =>
        Assert.Equal(OrderStatus.Assign, Status(null, null, null));

    [Fact]
    public void Evaluate_UnassignedExpiryInsideWindow_IsExpiringSoon() =>
        Assert.Equal(OrderStatus.ExpiringSoon, Status(Now.AddDays(29), null, null));

    [Fact]
    public void Evaluate_UnassignedExpiryExactlyAtWindowEnd_IsExpiringSoon() =>
        Assert.Equal(OrderStatus.ExpiringSoon, Status(Now + Window, null, null));

    [Fact]
    public void Evaluate_WindowSetting_DecidesExpiringSoon()
    {
        Assert.Equal(OrderStatus.Assign, Status(Now.AddDays(10), null, null, TimeSpan.FromDays(7)));
        Assert.Equal(OrderStatus.ExpiringSoon, Status(Now.AddDays(10), null, null, TimeSpan.FromDays(14)));
    }

    [Fact]
    public void Evaluate_ExpiryAtOrBeforeNow_IsExpiredAssignedOrNot()
    {
        Assert.Equal(OrderStatus.Expired, Status(Now, null, null));
        Assert.Equal(OrderStatus.Expired, Status(Now.AddDays(-1), 4, Now.AddDays(-300)));
    }

    [Fact]
    public void Evaluate_AssignedNotActivated_IsPendingActivation()
    {
        Assert.Equal(OrderStatus.PendingActivation, Status(Now.AddDays(5), 4, null));
        Assert.Equal(OrderStatus.PendingActivation, Status(null, 4, null));
    }

    [Fact]
    public void Evaluate_AssignedActivatedWithoutExpiry_IsPerpetual() =>
        Assert.Equal(OrderStatus.Perpetual, Status(null, 4, Now.AddDays(-3)));

    [Fact]
    public void Evaluate_AssignedActivatedTermRunning_IsActiveEvenInsideWindow() =>
        Assert.Equal(OrderStatus.Active, Status(Now.AddDays(3), 4, Now.AddDays(-3)));

    [Theory]
    [InlineData(OrderStatus.Assign, true)]
    [InlineData(OrderStatus.ExpiringSoon, true)]
    [InlineData(OrderStatus.Expired, false)]
    [InlineData(OrderStatus.Perpetual, false)]
    [InlineData(OrderStatus.PendingActivation, false)]
    [InlineData(OrderStatus.Active, false)]
    public void CanBeAssigned_OnlyAssignAndExpiringSoon(OrderStatus status, bool expected) =>
        Assert.Equal(expected, OrderStatusRules.CanBeAssigned(status));

    [Theory]
    [InlineData("unassigned", OrderView.Unassigned)]
    [InlineData("EXPIRING", OrderView.Expiring)]
    [InlineData("all", OrderView.All)]
    [InlineData("nonsense", OrderView.All)]
    [InlineData(null, OrderView.All)]
    public void ParseView_QueryStringValue_MapsToView(string? value, OrderView expected) =>
        Assert.Equal(expected, OrderStatusRules.ParseView(value));
}
