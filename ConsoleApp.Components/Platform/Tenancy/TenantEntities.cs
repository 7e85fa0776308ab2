namespace ConsoleApp.Components.Platform.Tenancy;

/// <summary>Rows owned by one partner. A global query filter limits them to the current user's partner.</summary>
public interface IPartnerOwned
{
    int PartnerId { get; }
}

/// <summary>Rows owned by one customer account (and so by that account's partner).</summary>
public interface ICustomerOwned : IPartnerOwned
{
    int AccountId { get; }
}

/// <summary>The customer account itself: its partner's users see it, and of account users only its own.</summary>
public interface IAccountRoot : IPartnerOwned
{
    int Id { get; }
}

/// <summary>Rows owned by one App Suite reseller.</summary>
public interface IResellerOwned
{
    int ResellerId { get; }
}

/// <summary>Rows owned by one device-ordering company.</summary>
public interface ICompanyOwned
{
    int CompanyId { get; }
}

/// <summary>Rows protected by an optimistic concurrency token. SQLite cannot generate rowversion, so the
/// context renews <see cref="Version"/> on every update and EF checks the old value in the WHERE clause.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

public sealed class Partner
{
    public int Id { get; set; }
    public required string Name { get; set; }
}

public sealed class Reseller
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The reseller id shown in the App Suite portal; equals the reseller's Mitel SAP account number.</summary>
    public required string ResellerNumber { get; set; }
}

public sealed class Company
{
    public int Id { get; set; }
    public required string Name { get; set; }
}
