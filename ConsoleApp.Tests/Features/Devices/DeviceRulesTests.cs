using ConsoleApp.Components.Features.Devices;

namespace ConsoleApp.Tests.Features.Devices;

public sealed class DeviceRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Eligibility_PaidOffYoungContract_IsEligible()
    {
        var result = UpgradeEligibility.Evaluate(Today.AddMonths(-3), 0m, 18, Today);
        Assert.True(result.Eligible);
    }

    [Fact]
    public void Eligibility_ContractExactlyNMonthsOld_IsEligible()
    {
        Assert.True(UpgradeEligibility.Evaluate(Today.AddMonths(-18), 250m, 18, Today).Eligible);
    }

    [Fact]
    public void Eligibility_YoungContractWithBalance_IsNotEligibleUntilNMonths()
    {
        var result = UpgradeEligibility.Evaluate(Today.AddMonths(-6), 540m, 18, Today);
        Assert.False(result.Eligible);
        Assert.Equal(Today.AddMonths(12), result.EligibleFrom);
        Assert.Contains("$540.00", result.Explanation);
    }

    [Fact]
    public void Eligibility_OneDayShort_IsNotEligible()
    {
        Assert.False(UpgradeEligibility.Evaluate(Today.AddMonths(-18).AddDays(1), 10m, 18, Today).Eligible);
    }

    [Fact]
    public void Pricing_DevicesSpareAndAccessories_BrokenDownWithTotal()
    {
        var totals = Pricing.Totals(
        [
            new PricedItem(ItemKind.Device, 320m, false),
            new PricedItem(ItemKind.Device, 799m, true),
            new PricedItem(ItemKind.Accessory, 29m, false),
            new PricedItem(ItemKind.Accessory, 19.50m, false),
        ]);
        Assert.Equal((2, 1, 2), (totals.DeviceCount, totals.SpareCount, totals.AccessoryCount));
        Assert.Equal(320m, totals.Devices);
        Assert.Equal(48.50m, totals.Accessories);
        Assert.Equal(368.50m, totals.Total);
    }

    [Fact]
    public void Pricing_Money_UsesDollarsWithTwoDecimals()
    {
        Assert.Equal("$1,234.50", Pricing.Money(1234.5m));
    }

    [Theory]
    [InlineData(DeviceOrderStatus.Draft, DeviceOrderAction.Confirm, true, DeviceOrderStatus.PendingApproval)]
    [InlineData(DeviceOrderStatus.Draft, DeviceOrderAction.Confirm, false, DeviceOrderStatus.SentToDealer)]
    [InlineData(DeviceOrderStatus.PendingApproval, DeviceOrderAction.Approve, true, DeviceOrderStatus.Approved)]
    [InlineData(DeviceOrderStatus.PendingApproval, DeviceOrderAction.Reject, true, DeviceOrderStatus.Rejected)]
    [InlineData(DeviceOrderStatus.Approved, DeviceOrderAction.SendToDealer, true, DeviceOrderStatus.SentToDealer)]
    public void Rules_AllowedTransition_GoesToNextStatus(DeviceOrderStatus from, DeviceOrderAction action, bool approval, DeviceOrderStatus expected)
    {
        Assert.Equal(expected, DeviceOrderRules.Next(from, action, approval));
    }

    [Theory]
    [InlineData(DeviceOrderStatus.Draft, DeviceOrderAction.Approve)]
    [InlineData(DeviceOrderStatus.PendingApproval, DeviceOrderAction.Confirm)]
    [InlineData(DeviceOrderStatus.PendingApproval, DeviceOrderAction.Delete)]
    [InlineData(DeviceOrderStatus.Rejected, DeviceOrderAction.Approve)]
    [InlineData(DeviceOrderStatus.Rejected, DeviceOrderAction.Modify)]
    [InlineData(DeviceOrderStatus.SentToDealer, DeviceOrderAction.Delete)]
    [InlineData(DeviceOrderStatus.SentToDealer, DeviceOrderAction.Reject)]
    public void Rules_ForbiddenTransition_Throws(DeviceOrderStatus from, DeviceOrderAction action)
    {
        Assert.False(DeviceOrderRules.Allows(from, action));
        Assert.Throws<InvalidOperationException>(() => DeviceOrderRules.Next(from, action, true));
    }

    [Fact]
    public void Rules_ModifyAndDeleteOfDraft_RemoveTheOrder()
    {
        Assert.Null(DeviceOrderRules.Next(DeviceOrderStatus.Draft, DeviceOrderAction.Modify, true));
        Assert.Null(DeviceOrderRules.Next(DeviceOrderStatus.Rejected, DeviceOrderAction.Delete, true));
    }

    [Fact]
    public void NotifyList_MixedSeparators_ParsesAndFlagsInvalid()
    {
        Assert.Equal(["a@x.test", "b@x.test"], NotifyList.Parse("a@x.test; b@x.test,a@x.test"));
        Assert.Equal(["not-an-address"], NotifyList.Invalid("a@x.test not-an-address"));
    }
}
