using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>A mobile carrier a company buys through; its dealer receives the approved orders.</summary>
public sealed class Carrier : ICompanyOwned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public required string Name { get; set; }
    public required string DealerName { get; set; }
    public required string DealerEmail { get; set; }
}

/// <summary>A handset a carrier offers the company.</summary>
public sealed class CatalogDevice : ICompanyOwned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public int CarrierId { get; set; }
    public required string Make { get; set; }
    public required string Model { get; set; }
    /// <summary>Colours offered, separated by ';' (see <see cref="ColourList"/>).</summary>
    public required string Colours { get; set; }

    public IReadOnlyList<string> ColourList => Colours.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    public string Name => $"{Make} {Model}";
}

/// <summary>The price of a device in one storage size on one term (0 months = bought outright).</summary>
public sealed class DeviceOption : ICompanyOwned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public int DeviceId { get; set; }
    public int StorageGb { get; set; }
    public int TermMonths { get; set; }
    public decimal Price { get; set; }
}

public sealed class Accessory : ICompanyOwned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public int CarrierId { get; set; }
    public required string Name { get; set; }
    public required string Category { get; set; }
    public decimal Price { get; set; }
}

/// <summary>An accessory that fits a device.</summary>
public sealed class AccessoryFit : ICompanyOwned
{
    public int AccessoryId { get; set; }
    public int DeviceId { get; set; }
    public int CompanyId { get; set; }
}

/// <summary>Devices the company already owns and can hand out instead of buying; <see cref="Available"/> only
/// ever changes by a conditional update so two baskets cannot take the same last unit.</summary>
public sealed class SpareStock : ICompanyOwned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public int DeviceId { get; set; }
    public int StorageGb { get; set; }
    public required string Colour { get; set; }
    public int Available { get; set; }
    public required string Location { get; set; }
}
