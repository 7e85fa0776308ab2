using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>A few Fabrikam orders in different statuses, with their history, so the lists are not empty.</summary>
internal static class DevicesOrderSeeder
{
    public static async Task SeedAsync(ConsoleDbContext db, DateTime now, IReadOnlyList<HrEmployee> people, Carrier carrier, CatalogDevice device, CancellationToken ct)
    {
        var option = await db.Set<DeviceOption>().FirstAsync(o => o.DeviceId == device.Id && o.StorageGb == 128 && o.TermMonths == 24, ct);
        var accessory = await db.Set<Accessory>().FirstAsync(a => a.CarrierId == carrier.Id && a.Name == "Clear case", ct);
        var manager = people.First(p => p.UserId == DevicesSeeder.ManagerUserId);
        var emery = people.First(p => p.UserId == DevicesSeeder.EmployeeUserId);

        var specs = new (HrEmployee For, DeviceOrderStatus Status, int DaysAgo, string? Reason)[]
        {
            (emery, DeviceOrderStatus.SentToDealer, 30, "Standard replacement, approved."),
            (people.First(p => p.FullName == "Avery Brooks"), DeviceOrderStatus.SentToDealer, 12, "New starter in logistics."),
            (people.First(p => p.FullName == "Jordan Lee"), DeviceOrderStatus.Rejected, 8, "Warehouse staff use shared handhelds."),
            (people.First(p => p.FullName == "Riley Chen"), DeviceOrderStatus.PendingApproval, 2, null),
        };
        foreach (var (employee, status, daysAgo, reason) in specs)
        {
            var at = now.AddDays(-daysAgo);
            var order = new DeviceOrder
            {
                CompanyId = DemoData.CompanyId, Kind = OrderKind.NewDevice, Status = status, CarrierId = carrier.Id, CarrierName = carrier.Name,
                RequesterUserId = DevicesSeeder.EmployeeUserId, RequesterName = "Emery Employee", RequesterEmail = "employee@demo.test",
                NotifyEmails = employee.Email, ShippingLocation = "Fabrikam HQ, 400 Harbor Road, Seattle WA 98101", AttentionTo = employee.FullName,
                EmployeeId = employee.Id, EmployeeName = employee.FullName, EmployeeNumber = employee.EmployeeNumber, AccountingCodes = employee.AccountingCodes,
                ApproverUserId = manager.UserId, ApproverName = manager.FullName, DecisionReason = reason,
                DevicesTotal = option.Price, AccessoriesTotal = accessory.Price, Total = option.Price + accessory.Price,
                CreatedAt = at, UpdatedAt = at.AddHours(status == DeviceOrderStatus.PendingApproval ? 0.1 : 5),
                SubmittedAt = at.AddMinutes(5), DecidedAt = reason is null ? null : at.AddHours(5),
                SentToDealerAt = status == DeviceOrderStatus.SentToDealer ? at.AddHours(5) : null,
            };
            order.Items.Add(new DeviceOrderItem
            {
                CompanyId = DemoData.CompanyId, Kind = ItemKind.Device, DeviceId = device.Id, OptionId = option.Id, Description = device.Name,
                StorageGb = 128, TermMonths = 24, Colour = device.ColourList[0], UnitPrice = option.Price,
            });
            order.Items.Add(new DeviceOrderItem
            {
                CompanyId = DemoData.CompanyId, Kind = ItemKind.Accessory, AccessoryId = accessory.Id, DeviceId = device.Id,
                Description = accessory.Name, UnitPrice = accessory.Price,
            });
            db.Add(order);
            await db.SaveChangesAsync(ct);

            void Event(DateTime when, string user, string name, string action, DeviceOrderStatus? from, DeviceOrderStatus to, string note = "") =>
                db.Add(new DeviceOrderEvent { OrderId = order.Id, CompanyId = DemoData.CompanyId, At = when, UserId = user, UserName = name, Action = action, FromStatus = from, ToStatus = to, Note = note });
            Event(at, DevicesSeeder.EmployeeUserId, "Emery Employee", "Created", null, DeviceOrderStatus.Draft);
            Event(at.AddMinutes(5), DevicesSeeder.EmployeeUserId, "Emery Employee", "Confirmed", DeviceOrderStatus.Draft, DeviceOrderStatus.PendingApproval, $"Approval requested from {manager.FullName}");
            if (status == DeviceOrderStatus.Rejected)
                Event(at.AddHours(5), manager.UserId!, manager.FullName, "Rejected", DeviceOrderStatus.PendingApproval, DeviceOrderStatus.Rejected, reason!);
            if (status == DeviceOrderStatus.SentToDealer)
            {
                Event(at.AddHours(5), manager.UserId!, manager.FullName, "Approved", DeviceOrderStatus.PendingApproval, DeviceOrderStatus.Approved, reason!);
                Event(at.AddHours(5), manager.UserId!, manager.FullName, "Sent to dealer", DeviceOrderStatus.Approved, DeviceOrderStatus.SentToDealer, $"Handed off to {carrier.DealerName} <{carrier.DealerEmail}>");
                db.Add(new DealerHandoff { OrderId = order.Id, CompanyId = DemoData.CompanyId, CarrierId = carrier.Id, DealerEmail = carrier.DealerEmail, SentAt = at.AddHours(5), Reference = order.Number });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
