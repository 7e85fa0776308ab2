namespace ConsoleApp.Components.Features.Devices;

/// <summary>Live topics of device ordering. Both are published for tenant "company:{id}"; the basket's entity id
/// is the owning user's id, so a user's other tabs filter on it.</summary>
public static class DeviceTopics
{
    public const string Orders = "device-orders";
    public const string Basket = "basket";

    public static string TenantKey(int companyId) => $"company:{companyId}";
}
