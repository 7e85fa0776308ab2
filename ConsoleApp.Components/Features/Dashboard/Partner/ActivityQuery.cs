using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Dashboard.Partner;

/// <summary>Who did what, when: no old or new values (those stay on the admins' audit page).</summary>
public sealed record ActivityRow(long Id, DateTime At, string UserEmail, string Entity, string EntityId, string Action);

/// <summary>The partner's latest audit entries, newest first, from the (PartnerId, At) index.</summary>
public sealed class ActivityQuery(ConsoleDb consoleDb)
{
    public const int Rows = 20;

    public async Task<IReadOnlyList<ActivityRow>> LoadAsync(UserContext user, CancellationToken ct = default)
    {
        user.Require(user.IsPartnerUser && user.PartnerId is not null, "Only partner admins and staff see the partner's activity.");
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.PartnerId == user.PartnerId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Rows)
            .Select(a => new ActivityRow(a.Id, a.At, a.UserEmail, a.Entity, a.EntityId, a.Action))
            .ToListAsync(ct);
    }
}
