using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>Reads the company's catalog, HR directory and lines. Everything is scoped to the user's company by
/// the tenant filters; an id of another company answers "not found".</summary>
public sealed class CatalogService(ConsoleDb consoleDb, TimeProvider clock)
{
    public async Task<CompanySettingsView> SettingsAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var companyId = DeviceAccess.CompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await LoadSettingsAsync(db, companyId, ct);
    }

    internal static async Task<CompanySettingsView> LoadSettingsAsync(ConsoleDbContext db, int companyId, CancellationToken ct)
    {
        var name = await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        var s = await db.Set<DeviceCompanySettings>().AsNoTracking().FirstOrDefaultAsync(ct);
        // A company nobody configured yet orders new devices only, without approvals.
        return s is null
            ? new CompanySettingsView(name, false, false, false, false, 24, "")
            : new CompanySettingsView(name, s.UsesEndUserRequestsMenu, s.RequiresApproval, s.RequiresEmployeeNumber,
                s.AllowsIneligibleUpgradeWithReason, s.UpgradeAfterMonths, s.DefaultShippingLocation);
    }

    public async Task<IReadOnlyList<CarrierView>> CarriersAsync(CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct);
        return await db.Set<Carrier>().AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new CarrierView(c.Id, c.Name, c.DealerName)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> MakesAsync(int carrierId, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct);
        return await db.Set<CatalogDevice>().Where(d => d.CarrierId == carrierId).Select(d => d.Make).Distinct().OrderBy(m => m).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<DeviceView>> DevicesAsync(int carrierId, string? make = null, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct);
        var query = db.Set<CatalogDevice>().AsNoTracking().Where(d => d.CarrierId == carrierId);
        if (!string.IsNullOrWhiteSpace(make)) query = query.Where(d => d.Make == make);
        var devices = await query.OrderBy(d => d.Make).ThenBy(d => d.Model).ToListAsync(ct);
        var ids = devices.Select(d => d.Id).ToList();
        var options = await db.Set<DeviceOption>().AsNoTracking().Where(o => ids.Contains(o.DeviceId)).ToListAsync(ct);
        var spares = await db.Set<SpareStock>().AsNoTracking().Where(s => ids.Contains(s.DeviceId)).ToListAsync(ct);
        return devices.Select(d => new DeviceView(d.Id, d.CarrierId, d.Make, d.Model, d.ColourList,
            options.Where(o => o.DeviceId == d.Id).OrderBy(o => o.StorageGb).ThenBy(o => o.TermMonths)
                .Select(o => new OptionView(o.Id, o.StorageGb, o.TermMonths, o.Price)).ToList(),
            spares.Where(s => s.DeviceId == d.Id).OrderBy(s => s.StorageGb).ThenBy(s => s.Colour)
                .Select(s => new SpareView(s.Id, s.StorageGb, s.Colour, s.Available, s.Location)).ToList())).ToList();
    }

    /// <summary>Accessories of the carrier; with <paramref name="deviceId"/>, only those that fit that device.</summary>
    public async Task<IReadOnlyList<AccessoryView>> AccessoriesAsync(int carrierId, int? deviceId, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct);
        var query = db.Set<Accessory>().AsNoTracking().Where(a => a.CarrierId == carrierId);
        if (deviceId is { } d)
            query = query.Where(a => db.Set<AccessoryFit>().Any(f => f.AccessoryId == a.Id && f.DeviceId == d));
        var rows = await query.OrderBy(a => a.Category).ThenBy(a => a.Name).ToListAsync(ct);
        return rows.Select(a => new AccessoryView(a.Id, a.Name, a.Category, a.Price)).ToList();
    }

    public async Task<IReadOnlyList<EmployeeInfo>> EmployeesAsync(string? search = null, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct);
        var query = db.Set<HrEmployee>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(e => e.FullName.Contains(s) || e.EmployeeNumber.Contains(s) || e.Email.Contains(s));
        }
        return await ProjectEmployees(db, query.OrderBy(e => e.FullName).Take(200)).ToListAsync(ct);
    }

    /// <summary>The HR autofill for one employee; another company's employee is "not found".</summary>
    public async Task<EmployeeInfo> EmployeeAsync(int employeeId, CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct);
        return await FindEmployeeAsync(db, employeeId, ct)
            ?? throw new NotFoundException("That employee is not in your company's HR directory.");
    }

    /// <summary>The signed-in user's own HR record, the usual employee of their order; null when they have none.</summary>
    public async Task<EmployeeInfo?> MyEmployeeAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        DeviceAccess.CompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await ProjectEmployees(db, db.Set<HrEmployee>().AsNoTracking().Where(e => e.UserId == user.UserId)).FirstOrDefaultAsync(ct);
    }

    internal static Task<EmployeeInfo?> FindEmployeeAsync(ConsoleDbContext db, int employeeId, CancellationToken ct) =>
        ProjectEmployees(db, db.Set<HrEmployee>().AsNoTracking().Where(e => e.Id == employeeId)).FirstOrDefaultAsync(ct);

    private static IQueryable<EmployeeInfo> ProjectEmployees(ConsoleDbContext db, IQueryable<HrEmployee> query) =>
        query.Select(e => new EmployeeInfo(e.Id, e.FullName, e.EmployeeNumber, e.AccountingCodes, e.Email, e.Department,
            db.Set<HrEmployee>().Where(m => m.Id == e.ManagerId).Select(m => m.FullName).FirstOrDefault()));

    public async Task<IReadOnlyList<LineView>> LinesAsync(string? search = null, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var companyId = DeviceAccess.CompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var settings = await LoadSettingsAsync(db, companyId, ct);
        var query = db.Set<MobileLine>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(l => l.PhoneNumber.Contains(s) || db.Set<HrEmployee>().Any(e => e.Id == l.EmployeeId && e.FullName.Contains(s)));
        }
        var lines = await query.OrderBy(l => l.PhoneNumber).Take(200).ToListAsync(ct);
        var result = new List<LineView>();
        foreach (var line in lines) result.Add(await ToViewAsync(db, line, settings, Today, ct));
        return result;
    }

    /// <summary>One line with its eligibility and the employee it autofills; another company's line is "not found".</summary>
    public async Task<LineView> LineAsync(int lineId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var companyId = DeviceAccess.CompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var line = await db.Set<MobileLine>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId, ct)
            ?? throw new NotFoundException("That line is not one of your company's lines.");
        return await ToViewAsync(db, line, await LoadSettingsAsync(db, companyId, ct), Today, ct);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    internal static async Task<LineView> ToViewAsync(ConsoleDbContext db, MobileLine line, CompanySettingsView settings, DateOnly today, CancellationToken ct)
    {
        var carrier = await db.Set<Carrier>().Where(c => c.Id == line.CarrierId).Select(c => c.Name).FirstAsync(ct);
        var employee = (await FindEmployeeAsync(db, line.EmployeeId, ct))!;
        var open = await db.Set<DeviceOrder>().AnyAsync(o => o.UpgradeLineId == line.Id
            && (o.Status == DeviceOrderStatus.Draft || o.Status == DeviceOrderStatus.PendingApproval || o.Status == DeviceOrderStatus.Approved), ct);
        return new LineView(line.Id, line.PhoneNumber, line.CarrierId, carrier, line.CurrentDevice, line.ContractStart, line.ContractEnd,
            line.ContractBalance, UpgradeEligibility.Evaluate(line.ContractStart, line.ContractBalance, settings.UpgradeAfterMonths, today),
            employee, open);
    }

    private async Task<ConsoleDbContext> OpenAsync(CancellationToken ct)
    {
        var user = await consoleDb.UserAsync();
        DeviceAccess.CompanyOf(user);
        return await consoleDb.OpenAsync(user, ct);
    }
}
