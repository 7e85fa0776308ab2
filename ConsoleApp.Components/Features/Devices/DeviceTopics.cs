using ConsoleApp.Components.Platform.Live;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>Live topics of device ordering. Both are published for the company's tenant; the basket's entity id
/// is the owning user's id, so a user's other tabs filter on it.</summary>
public static class DeviceTopics
{
    public static readonly LiveTopic Orders = new("device-orders");
    public static readonly LiveTopic Basket = new("basket");
}
