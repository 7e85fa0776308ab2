namespace ConsoleApp.Components.Features.AppSuite;

/// <summary>Live topics of the App Suite portal; every event is published to the owning reseller's tenant key.</summary>
public static class AppSuiteTopics
{
    public const string Sites = "sites";
    public const string Vouchers = "vouchers";
    public const string Users = "appsuite-users";

    public static string TenantKey(int resellerId) => $"reseller:{resellerId}";
}
