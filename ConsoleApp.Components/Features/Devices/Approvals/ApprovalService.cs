using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Devices;

public sealed record ApprovalRow(int Id, string Number, OrderKind Kind, string RequesterName, string EmployeeName, string EmployeeNumber,
    string CarrierName, int ItemCount, decimal Total, string UpgradeReason, bool? UpgradeEligible, DateTime? SubmittedAt);

/// <summary>
/// The manager's side: orders waiting for this manager's decision. Approve or Reject needs a reason; only the
/// assigned approver decides and never on their own order. Approval hands the order to the dealer at once;
/// rejection returns its spare stock.
/// </summary>
public sealed class ApprovalService(ConsoleDb consoleDb, OrderWorkflow workflow, IChangeNotifier notifier, ILogger<ApprovalService> logger)
{
    public async Task<IReadOnlyList<ApprovalRow>> PendingAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        DeviceAccess.ManagerCompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var rows = await db.Set<DeviceOrder>().AsNoTracking()
            .Where(o => o.Status == DeviceOrderStatus.PendingApproval && o.ApproverUserId == user.UserId)
            .OrderBy(o => o.SubmittedAt)
            .Select(o => new { o.Id, o.Kind, o.RequesterName, o.EmployeeName, o.EmployeeNumber, o.CarrierName, Items = o.Items.Count, o.Total, o.UpgradeReason, o.UpgradeEligible, o.SubmittedAt })
            .ToListAsync(ct);
        return rows.Select(o => new ApprovalRow(o.Id, DeviceOrder.FormatNumber(o.Id), o.Kind, o.RequesterName, o.EmployeeName, o.EmployeeNumber,
            o.CarrierName, o.Items, o.Total, o.UpgradeReason, o.UpgradeEligible, o.SubmittedAt)).ToList();
    }

    public async Task<int> PendingCountAsync(UserContext user, CancellationToken ct = default)
    {
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.Set<DeviceOrder>().CountAsync(o => o.Status == DeviceOrderStatus.PendingApproval && o.ApproverUserId == user.UserId, ct);
    }

    public Task ApproveAsync(int orderId, string reason, CancellationToken ct = default) => DecideAsync(orderId, true, reason, ct);

    public Task RejectAsync(int orderId, string reason, CancellationToken ct = default) => DecideAsync(orderId, false, reason, ct);

    private async Task DecideAsync(int orderId, bool approve, string reason, CancellationToken ct)
    {
        var user = await consoleDb.UserAsync();
        var companyId = DeviceAccess.ManagerCompanyOf(user);
        var verb = approve ? "approve" : "reject";
        reason = (reason ?? "").Trim();
        if (reason.Length == 0)
            throw Refused(user, orderId, $"Give a reason to {verb} the order.");
        if (reason.Length > 1000)
            throw Refused(user, orderId, "The reason is limited to 1000 characters.");
        try
        {
            await using (var db = await consoleDb.OpenAsync(user, ct))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var order = await db.Set<DeviceOrder>().Include(o => o.Items).FirstOrDefaultAsync(o => o.Id == orderId, ct)
                    ?? throw new NotFoundException($"Order {DeviceOrder.FormatNumber(orderId)} does not exist.");
                if (order.RequesterUserId == user.UserId)
                    throw new AccessDeniedException("You cannot approve or reject your own order.");
                var action = approve ? DeviceOrderAction.Approve : DeviceOrderAction.Reject;
                if (!DeviceOrderRules.Allows(order.Status, action))
                    throw Refused(user, orderId, $"Order {order.Number} is {DeviceOrderRules.Label(order.Status).ToLowerInvariant()}, no longer waiting for approval.");
                if (order.ApproverUserId != user.UserId)
                    throw new AccessDeniedException($"Order {order.Number} waits for {order.ApproverName}'s approval, not yours.");

                var from = order.Status;
                order.Status = DeviceOrderRules.Next(from, action, true)!.Value;
                (order.DecisionReason, order.DecidedAt, order.ApproverName, order.UpdatedAt) = (reason, workflow.CurrentUtc, user.DisplayName, workflow.CurrentUtc);
                workflow.Record(db, order, user, approve ? "Approved" : "Rejected", from, reason);
                if (approve)
                {
                    await workflow.HandOffAsync(db, order, user, ct);
                    workflow.Notify(db, order, "approved and sent to the dealer", $"{user.DisplayName} approved the order: {reason}", "devices.approved");
                }
                else
                {
                    foreach (var spareId in order.Items.Where(i => i.SpareStockId is not null).Select(i => i.SpareStockId!.Value))
                        await db.Set<SpareStock>().Where(s => s.Id == spareId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Available, x => x.Available + 1), ct);
                    workflow.Notify(db, order, "rejected", $"{user.DisplayName} rejected the order: {reason}", "devices.rejected");
                }
                AuditLog.Record(db, user, "DeviceOrder", order.Id, approve ? "DeviceOrderApproved" : "DeviceOrderRejected",
                    oldValues: new { Status = from }, newValues: new { order.Number, Status = order.Status, Reason = reason });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            workflow.Flush();
            notifier.Publish(DeviceTopics.Orders, orderId, Tenant.Company(companyId), approve ? "approved" : "rejected");
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Order {DeviceOrder.FormatNumber(orderId)} was decided or changed by someone else at the same moment; it has been reloaded.");
        }
    }

    private ValidationFailedException Refused(UserContext user, int orderId, string message)
    {
        logger.LogInformation("Decision on order {Order} refused for {User}: {Reason}", orderId, user.Email, message);
        return new ValidationFailedException(message);
    }
}
