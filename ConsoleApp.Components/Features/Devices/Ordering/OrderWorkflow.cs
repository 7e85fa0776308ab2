using System.Text;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Mail;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>The steps the order services share: history entries, the dealer hand-off and the e-mails, all added
/// to the caller's context so they commit with the status change.</summary>
public sealed class OrderWorkflow(MailOutbox outbox, TimeProvider clock)
{
    public DateTime CurrentUtc => clock.GetUtcNow().UtcDateTime;

    public void Record(ConsoleDbContext db, DeviceOrder order, UserContext user, string action, DeviceOrderStatus? from, string note = "") =>
        db.Add(new DeviceOrderEvent
        {
            OrderId = order.Id, CompanyId = order.CompanyId, At = CurrentUtc, UserId = user.UserId, UserName = user.DisplayName,
            Action = action, FromStatus = from, ToStatus = order.Status, Note = note,
        });

    /// <summary>Moves the order to SentToDealer: the hand-off record and the dealer's e-mail.</summary>
    public async Task HandOffAsync(ConsoleDbContext db, DeviceOrder order, UserContext user, CancellationToken ct)
    {
        var from = order.Status;
        order.Status = DeviceOrderRules.Next(from, from == DeviceOrderStatus.Draft ? DeviceOrderAction.Confirm : DeviceOrderAction.SendToDealer, false)!.Value;
        order.SentToDealerAt = CurrentUtc;
        var carrier = await db.Set<Carrier>().AsNoTracking().FirstAsync(c => c.Id == order.CarrierId, ct);
        db.Add(new DealerHandoff
        {
            OrderId = order.Id, CompanyId = order.CompanyId, CarrierId = carrier.Id, DealerEmail = carrier.DealerEmail,
            SentAt = CurrentUtc, Reference = order.Number,
        });
        outbox.Enqueue(db, carrier.DealerEmail, $"Device order {order.Number} from {await CompanyNameAsync(db, order, ct)}",
            $"Dear {carrier.DealerName},\n\nplease fulfil this order.\n\n{Summary(order)}", "devices.dealer-handoff");
        Record(db, order, user, "Sent to dealer", from, $"Handed off to {carrier.DealerName} <{carrier.DealerEmail}>");
    }

    /// <summary>E-mails the requester and everyone on the order's notify list (each address once).</summary>
    public void Notify(ConsoleDbContext db, DeviceOrder order, string subject, string message, string kind)
    {
        foreach (var to in Recipients(order))
            outbox.Enqueue(db, to, $"Device order {order.Number}: {subject}", $"{message}\n\n{Summary(order)}", kind);
    }

    public void RequestApproval(ConsoleDbContext db, DeviceOrder order, string approverEmail) =>
        outbox.Enqueue(db, approverEmail, $"Approval needed: device order {order.Number} for {order.EmployeeName}",
            $"{order.RequesterName} asks you to approve this order at /devices/approvals.\n\n{Summary(order)}", "devices.approval-request");

    public void Flush() => outbox.Flush();

    public static IReadOnlyList<string> Recipients(DeviceOrder order) =>
        NotifyList.Parse(order.NotifyEmails).Prepend(order.RequesterEmail)
            .Where(a => System.Net.Mail.MailAddress.TryCreate(a, out _))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string Summary(DeviceOrder order)
    {
        var text = new StringBuilder();
        text.AppendLine($"Order {order.Number} ({DeviceOrderRules.Label(order.Kind)}), status: {DeviceOrderRules.Label(order.Status)}");
        text.AppendLine($"Carrier: {order.CarrierName}");
        text.AppendLine($"Requested by: {order.RequesterName} <{order.RequesterEmail}>");
        text.AppendLine($"Employee: {order.EmployeeName} {(order.EmployeeNumber.Length > 0 ? $"(#{order.EmployeeNumber})" : "")}");
        if (order.AccountingCodes.Length > 0) text.AppendLine($"Accounting codes: {order.AccountingCodes}");
        if (order.Kind == OrderKind.Upgrade) text.AppendLine($"Upgrade of line {order.UpgradePhoneNumber}. Reason: {(order.UpgradeReason.Length > 0 ? order.UpgradeReason : "none given")}");
        text.AppendLine($"Ship to: {order.ShippingLocation}{(order.AttentionTo.Length > 0 ? $", attention {order.AttentionTo}" : "")}");
        if (order.DealerNotes.Length > 0) text.AppendLine($"Notes for the dealer: {order.DealerNotes}");
        text.AppendLine("Items:");
        foreach (var i in order.Items)
        {
            var detail = i.Kind == ItemKind.Device
                ? $"{i.StorageGb} GB, {i.Colour}, {(i.SpareStockId is null ? Pricing.Term(i.TermMonths) : "from spare stock")}"
                : "accessory";
            text.AppendLine($"  - {i.Description} ({detail}): {Pricing.Money(i.UnitPrice)}");
        }
        text.AppendLine($"Total: {Pricing.Money(order.Total)}");
        if (!string.IsNullOrEmpty(order.DecisionReason)) text.AppendLine($"Decision by {order.ApproverName}: {order.DecisionReason}");
        return text.ToString();
    }

    private static Task<string> CompanyNameAsync(ConsoleDbContext db, DeviceOrder order, CancellationToken ct) =>
        db.Companies.Where(c => c.Id == order.CompanyId).Select(c => c.Name).FirstAsync(ct);
}

/// <summary>The notify list as typed: addresses separated by commas, semicolons or spaces.</summary>
public static class NotifyList
{
    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static IReadOnlyList<string> Invalid(string? text) =>
        Parse(text).Where(a => !System.Net.Mail.MailAddress.TryCreate(a, out var m) || m.Address != a).ToList();

    public static string Normalize(string? text) => string.Join("; ", Parse(text));
}
