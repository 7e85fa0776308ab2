namespace ConsoleApp.Components.Features.Devices;

public sealed record EligibilityResult(bool Eligible, string Explanation, DateOnly EligibleFrom);

/// <summary>
/// The upgrade rule: a line is eligible when its contract balance is paid off (0 or less), or when its contract
/// started at least <c>upgradeAfterMonths</c> (a company setting) months ago. Otherwise it becomes eligible on
/// the later date of the two, or earlier once the balance is paid.
/// </summary>
public static class UpgradeEligibility
{
    public static EligibilityResult Evaluate(DateOnly contractStart, decimal contractBalance, int upgradeAfterMonths, DateOnly today)
    {
        var from = contractStart.AddMonths(Math.Max(0, upgradeAfterMonths));
        if (contractBalance <= 0m)
            return new(true, "Eligible: the contract balance is paid off.", contractStart);
        if (today >= from)
            return new(true, $"Eligible: the contract is at least {upgradeAfterMonths} months old.", from);
        return new(false, $"Not eligible until {from:yyyy-MM-dd}: the contract is under {upgradeAfterMonths} months old and has a balance of {Pricing.Money(contractBalance)}.", from);
    }

    public static string Rule(int upgradeAfterMonths) =>
        $"A line is eligible for an upgrade when its contract balance is paid off or its contract is at least {upgradeAfterMonths} months old.";
}
