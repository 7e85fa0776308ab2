using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>
/// Who approves an order: the employee's manager in the HR directory. Nobody approves their own order, so when
/// that manager is the requester the approval goes one level up. The approver must have a console sign-in as a
/// Manager of the same company; otherwise the order cannot be confirmed (the HR directory needs fixing).
/// </summary>
internal static class Approvers
{
    public static async Task<HrEmployee> ResolveAsync(ConsoleDbContext db, DeviceOrder order, CancellationToken ct)
    {
        var employee = order.EmployeeId is { } id ? await db.Set<HrEmployee>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) : null;
        if (employee is null)
            throw new ValidationFailedException("Approval goes to the employee's manager: modify the order and pick the employee from the HR directory.");
        var candidate = await ManagerOfAsync(db, employee, ct);
        if (candidate is not null && candidate.UserId == order.RequesterUserId)
            candidate = await ManagerOfAsync(db, candidate, ct);
        if (candidate?.UserId is null || candidate.UserId == order.RequesterUserId)
            throw new ValidationFailedException($"No one can approve this order: {employee.FullName} has no manager in the HR directory who can sign in to approve it (and you cannot approve your own order). Ask HR to update the directory.");
        var isManager = await db.UsersInRole(Roles.Manager).AnyAsync(u => u.Id == candidate.UserId && u.CompanyId == order.CompanyId, ct);
        if (!isManager)
            throw new ValidationFailedException($"{candidate.FullName}, {employee.FullName}'s manager, has no manager sign-in for device approvals. Ask HR to update the directory.");
        return candidate;
    }

    private static Task<HrEmployee?> ManagerOfAsync(ConsoleDbContext db, HrEmployee employee, CancellationToken ct) =>
        employee.ManagerId is { } m ? db.Set<HrEmployee>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == m, ct) : Task.FromResult<HrEmployee?>(null);
}
