using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

using ConsoleApp.Components.Platform.Dashboard;

namespace ConsoleApp.Components.Features.Audit;

public sealed class SignInsTodayCounter(ConsoleDb consoleDb, TimeProvider clock) : IDashboardCounter
{
    public string Area => "Audit";
    public string Title => "Sign-ins today";
    public LiveTopic Topic => AuditLog.Topic;
    public string Link => "/audit?action=SignIn";
    public bool IsVisibleTo(UserContext user) => user.IsInRole(Roles.PartnerAdmin);

    public async Task<int> CountAsync(UserContext user, CancellationToken ct)
    {
        await using var db = await consoleDb.OpenAsync(user, ct);
        var since = clock.GetUtcNow().UtcDateTime.Date;
        return await db.AuditEntries.CountAsync(a => a.PartnerId == user.PartnerId && a.Action == "SignIn" && a.At >= since, ct);
    }
}
