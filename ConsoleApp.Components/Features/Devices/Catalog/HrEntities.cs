using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>A person in the company's HR directory (the HR integration). <see cref="ManagerId"/> decides who
/// approves their orders; <see cref="UserId"/> links the person to a console sign-in when they have one.</summary>
public sealed class HrEmployee : ICompanyOwned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public required string FullName { get; set; }
    public string EmployeeNumber { get; set; } = "";
    public string AccountingCodes { get; set; } = "";
    public required string Email { get; set; }
    public string Department { get; set; } = "";
    public int? ManagerId { get; set; }
    public string? UserId { get; set; }
}

/// <summary>A phone line (number) the company pays for, with the device on it and its contract.</summary>
public sealed class MobileLine : ICompanyOwned
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public int EmployeeId { get; set; }
    public int CarrierId { get; set; }
    public required string PhoneNumber { get; set; }
    public required string CurrentDevice { get; set; }
    public DateOnly ContractStart { get; set; }
    public DateOnly ContractEnd { get; set; }
    /// <summary>What is still owed on the current device contract.</summary>
    public decimal ContractBalance { get; set; }
}
