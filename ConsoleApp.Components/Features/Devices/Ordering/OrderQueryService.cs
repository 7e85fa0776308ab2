using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>
/// Reads orders. Employees see the orders they requested and those placed for them; managers see all of their
/// company's orders. Another company's order is "not found".
/// </summary>
public sealed class OrderQueryService(ConsoleDb consoleDb)
{
    public async Task<PagedResult<OrderRow>> SearchAsync(OrderFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        DeviceAccess.CompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var query = Filtered(db, user, filter);
        var total = await query.CountAsync(ct);
        var ordered = page.SortBy switch
        {
            nameof(OrderRow.Number) or nameof(OrderRow.CreatedAt) => page.Descending ? query.OrderByDescending(o => o.Id) : query.OrderBy(o => o.Id),
            nameof(OrderRow.StatusLabel) => page.Descending ? query.OrderByDescending(o => o.Status).ThenByDescending(o => o.Id) : query.OrderBy(o => o.Status).ThenByDescending(o => o.Id),
            nameof(OrderRow.EmployeeName) => page.Descending ? query.OrderByDescending(o => o.EmployeeName) : query.OrderBy(o => o.EmployeeName),
            nameof(OrderRow.RequesterName) => page.Descending ? query.OrderByDescending(o => o.RequesterName) : query.OrderBy(o => o.RequesterName),
            nameof(OrderRow.UpdatedAt) => page.Descending ? query.OrderByDescending(o => o.UpdatedAt) : query.OrderBy(o => o.UpdatedAt),
            _ => query.OrderByDescending(o => o.Id),
        };
        var rows = await Project(ordered.Skip(page.SafeSkip).Take(page.SafeTake)).ToListAsync(ct);
        return new PagedResult<OrderRow>(rows, total);
    }

    public async Task<byte[]> ExportCsvAsync(OrderFilter filter, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        DeviceAccess.CompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var rows = await Filtered(db, user, filter).OrderByDescending(o => o.Id).Take(100_000)
            .Select(o => new { o.Id, o.Kind, o.Status, o.CarrierName, o.RequesterName, o.EmployeeName, o.EmployeeNumber, o.AccountingCodes,
                o.ShippingLocation, Items = o.Items.Count, o.Total, o.ApproverName, o.CreatedAt, o.UpdatedAt })
            .ToListAsync(ct);
        return CsvExport.Write(rows.Select(o => new OrderCsvRow(DeviceOrder.FormatNumber(o.Id), DeviceOrderRules.Label(o.Kind), DeviceOrderRules.Label(o.Status),
            o.CarrierName, o.RequesterName, o.EmployeeName, o.EmployeeNumber, o.AccountingCodes, o.ShippingLocation, o.Items, o.Total,
            o.ApproverName ?? "", o.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss"), o.UpdatedAt.ToString("yyyy-MM-dd HH:mm:ss"))));
    }

    public async Task<OrderDetail> GetAsync(int orderId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        DeviceAccess.CompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var order = await Visible(db, user).AsNoTracking().Include(o => o.Items).FirstOrDefaultAsync(o => o.Id == orderId, ct)
            ?? throw new NotFoundException($"Order {DeviceOrder.FormatNumber(orderId)} does not exist.");
        var history = await db.Set<DeviceOrderEvent>().AsNoTracking().Where(e => e.OrderId == orderId).OrderBy(e => e.Id)
            .Select(e => new OrderEventView(e.At, e.UserName, e.Action, e.FromStatus, e.ToStatus, e.Note)).ToListAsync(ct);
        var items = order.Items.OrderBy(i => i.ParentItemId ?? i.Id).ThenBy(i => i.Id)
            .Select(i => new OrderItemView(i.Id, i.Kind, i.ParentItemId, i.Description, i.StorageGb, i.TermMonths, i.Colour, i.UnitPrice, i.SpareStockId is not null))
            .ToList();
        var mine = order.RequesterUserId == user.UserId;
        return new OrderDetail(order.Id, order.Number, order.Kind, order.Status, order.CarrierName, order.RequesterUserId, order.RequesterName,
            order.RequesterEmail, order.NotifyEmails, order.ShippingLocation, order.AttentionTo, order.DealerNotes, order.EmployeeName,
            order.EmployeeNumber, order.AccountingCodes, order.UpgradePhoneNumber, order.UpgradeEligible, order.UpgradeReason, order.ApproverName,
            order.DecisionReason, order.CreatedAt, order.UpdatedAt, items,
            Pricing.Totals(order.Items.Select(i => new PricedItem(i.Kind, i.UnitPrice, i.SpareStockId is not null))), history,
            CanConfirm: mine && DeviceOrderRules.Allows(order.Status, DeviceOrderAction.Confirm),
            CanModify: mine && DeviceOrderRules.Allows(order.Status, DeviceOrderAction.Modify),
            CanDelete: mine && DeviceOrderRules.Allows(order.Status, DeviceOrderAction.Delete),
            CanDecide: !mine && user.IsInRole(Roles.Manager) && order.ApproverUserId == user.UserId
                && DeviceOrderRules.Allows(order.Status, DeviceOrderAction.Approve));
    }

    /// <summary>Orders the user may see: all of the company's for managers; for employees their own requests and orders for them.</summary>
    private static IQueryable<DeviceOrder> Visible(ConsoleDbContext db, UserContext user)
    {
        var query = db.Set<DeviceOrder>().AsQueryable();
        if (user.IsInRole(Roles.Manager)) return query;
        return query.Where(o => o.RequesterUserId == user.UserId
            || db.Set<HrEmployee>().Any(e => e.Id == o.EmployeeId && e.UserId == user.UserId));
    }

    private static IQueryable<DeviceOrder> Filtered(ConsoleDbContext db, UserContext user, OrderFilter filter)
    {
        var query = Visible(db, user).AsNoTracking();
        if (filter.MineOnly) query = query.Where(o => o.RequesterUserId == user.UserId);
        if (filter.Status is { } status) query = query.Where(o => o.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var s = filter.Search.Trim();
            var digits = s.StartsWith("DO-", StringComparison.OrdinalIgnoreCase) ? s[3..] : s;
            var id = int.TryParse(digits, out var n) ? n : -1;
            query = query.Where(o => o.Id == id || o.EmployeeName.Contains(s) || o.EmployeeNumber.Contains(s)
                || o.RequesterName.Contains(s) || o.CarrierName.Contains(s) || o.UpgradePhoneNumber.Contains(s));
        }
        return query;
    }

    private static IQueryable<OrderRow> Project(IQueryable<DeviceOrder> query) =>
        query.Select(o => new OrderRow(o.Id, o.Kind, o.Status, o.CarrierName, o.RequesterName, o.EmployeeName, o.EmployeeNumber,
            o.Items.Count, o.Total, o.ApproverName, o.CreatedAt, o.UpdatedAt));
}
