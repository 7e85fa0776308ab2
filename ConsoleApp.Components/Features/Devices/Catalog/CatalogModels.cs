namespace ConsoleApp.Components.Features.Devices;

public sealed record CompanySettingsView(
    string CompanyName, bool UsesEndUserRequestsMenu, bool RequiresApproval, bool RequiresEmployeeNumber,
    bool AllowsIneligibleUpgradeWithReason, int UpgradeAfterMonths, string DefaultShippingLocation)
{
    public string EligibilityRule => UpgradeEligibility.Rule(UpgradeAfterMonths);
}

public sealed record CarrierView(int Id, string Name, string DealerName);

public sealed record OptionView(int Id, int StorageGb, int TermMonths, decimal Price);

public sealed record SpareView(int Id, int StorageGb, string Colour, int Available, string Location);

public sealed record DeviceView(int Id, int CarrierId, string Make, string Model, IReadOnlyList<string> Colours,
    IReadOnlyList<OptionView> Options, IReadOnlyList<SpareView> Spares)
{
    public string Name => $"{Make} {Model}";
    public IEnumerable<int> Sizes => Options.Select(o => o.StorageGb).Distinct().Order();
    public IEnumerable<int> Terms => Options.Select(o => o.TermMonths).Distinct().Order();
    public decimal? PriceFor(int storageGb, int termMonths) =>
        Options.FirstOrDefault(o => o.StorageGb == storageGb && o.TermMonths == termMonths)?.Price;
}

public sealed record AccessoryView(int Id, string Name, string Category, decimal Price);

/// <summary>What picking an employee fills in on the order (the HR autofill).</summary>
public sealed record EmployeeInfo(int Id, string FullName, string EmployeeNumber, string AccountingCodes, string Email,
    string Department, string? ManagerName);

public sealed record LineView(int Id, string PhoneNumber, int CarrierId, string CarrierName, string CurrentDevice,
    DateOnly ContractStart, DateOnly ContractEnd, decimal ContractBalance, EligibilityResult Eligibility,
    EmployeeInfo Employee, bool HasOpenOrder);
