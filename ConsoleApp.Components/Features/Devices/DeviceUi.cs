using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>Turns the refusals users can act on into the message the page shows; anything else is a real error.</summary>
public static class DeviceUi
{
    public static async Task<string?> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (ConsoleException ex)
        {
            return ex.Message;
        }
    }

    public static string StatusCss(DeviceOrderStatus status) => status switch
    {
        DeviceOrderStatus.Draft => "dv-status dv-draft",
        DeviceOrderStatus.PendingApproval => "dv-status dv-pending",
        DeviceOrderStatus.Approved or DeviceOrderStatus.SentToDealer => "dv-status dv-ok",
        _ => "dv-status dv-bad",
    };
}
