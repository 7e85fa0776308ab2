using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Platform.Audit;

public sealed record AuditFilter(string? Search = null, string? Entity = null, string? Action = null, DateTime? From = null, DateTime? To = null);

public sealed record AuditRow(long Id, DateTime At, string UserEmail, string Role, string TenantKey, string Entity, string EntityId, string Action, string? OldValues, string? NewValues);

/// <summary>The audit trail as partner admins read it: their own partner's entries only.</summary>
public sealed class AuditService(ConsoleDb consoleDb)
{
    public async Task<PagedResult<AuditRow>> SearchAsync(AuditFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        var query = Filtered(db, user, filter);
        var total = await query.CountAsync(ct);
        var ordered = Sort(query, page);
        var items = await Project(ordered.Skip(page.SafeSkip).Take(page.SafeTake)).ToListAsync(ct);
        return new PagedResult<AuditRow>(items, total);
    }

    /// <summary>The filtered entries as CSV, in the grid's order when <paramref name="order"/> is given (newest first otherwise).</summary>
    public async Task<byte[]> ExportCsvAsync(AuditFilter filter, PageRequest? order = null, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        var rows = await Project(Sort(Filtered(db, user, filter), order ?? new PageRequest()).Take(100_000)).ToListAsync(ct);
        return CsvExport.Write(rows);
    }

    private static IQueryable<AuditEntry> Sort(IQueryable<AuditEntry> query, PageRequest page) => page.SortBy switch
    {
        nameof(AuditRow.UserEmail) => page.Descending ? query.OrderByDescending(a => a.UserEmail) : query.OrderBy(a => a.UserEmail),
        nameof(AuditRow.Entity) => page.Descending ? query.OrderByDescending(a => a.Entity) : query.OrderBy(a => a.Entity),
        nameof(AuditRow.Action) => page.Descending ? query.OrderByDescending(a => a.Action) : query.OrderBy(a => a.Action),
        nameof(AuditRow.At) when !page.Descending => query.OrderBy(a => a.Id),
        _ => query.OrderByDescending(a => a.Id),
    };

    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await Filtered(db, user, new AuditFilter()).Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
    }

    private static IQueryable<AuditEntry> Filtered(ConsoleDbContext db, UserContext user, AuditFilter filter)
    {
        user.Require(user.IsInRole(Roles.PartnerAdmin) && user.PartnerId is not null, "Only partner admins can read the audit trail.");
        var query = db.AuditEntries.AsNoTracking().Where(a => a.PartnerId == user.PartnerId);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var s = filter.Search.Trim();
            query = query.Where(a => a.UserEmail.Contains(s) || a.EntityId.Contains(s) || a.Entity.Contains(s)
                || (a.NewValues != null && a.NewValues.Contains(s)) || (a.OldValues != null && a.OldValues.Contains(s)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Entity)) query = query.Where(a => a.Entity == filter.Entity);
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(a => a.Action == filter.Action);
        if (filter.From is { } from) query = query.Where(a => a.At >= from.ToUniversalTime());
        if (filter.To is { } to) query = query.Where(a => a.At < to.ToUniversalTime().AddDays(1));
        return query;
    }

    private static IQueryable<AuditRow> Project(IQueryable<AuditEntry> query) =>
        query.Select(a => new AuditRow(a.Id, a.At, a.UserEmail, a.Role, a.TenantKey, a.Entity, a.EntityId, a.Action, a.OldValues, a.NewValues));
}
