using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

public sealed class PendingDeviceApprovalsCounter(ConsoleDb consoleDb) : IDashboardCounter
{
    public string Area => "Devices";
    public string Title => "Device orders waiting for my approval";
    public LiveTopic Topic => DeviceTopics.Orders;
    public string Link => "/devices/approvals";
    public bool IsVisibleTo(UserContext user) => user.IsInRole(Roles.Manager) && user.CompanyId is not null;

    public async Task<int> CountAsync(UserContext user, CancellationToken ct)
    {
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.Set<DeviceOrder>().CountAsync(o => o.Status == DeviceOrderStatus.PendingApproval && o.ApproverUserId == user.UserId, ct);
    }
}

public sealed class OpenDeviceOrdersCounter(ConsoleDb consoleDb) : IDashboardCounter
{
    public string Area => "Devices";
    public string Title => "My device orders in progress";
    public LiveTopic Topic => DeviceTopics.Orders;
    public string Link => "/devices/orders?mine=true";
    public bool IsVisibleTo(UserContext user) => user.IsInRole(Roles.Employee) && user.CompanyId is not null;

    public async Task<int> CountAsync(UserContext user, CancellationToken ct)
    {
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.Set<DeviceOrder>().CountAsync(o => o.RequesterUserId == user.UserId
            && (o.Status == DeviceOrderStatus.Draft || o.Status == DeviceOrderStatus.PendingApproval || o.Status == DeviceOrderStatus.Approved), ct);
    }
}
