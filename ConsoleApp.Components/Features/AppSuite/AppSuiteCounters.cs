using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.AppSuite;

public sealed class UnusedVouchersCounter(ConsoleDb consoleDb) : IDashboardCounter
{
    public string Area => "App Suite";
    public string Title => "Unused vouchers";
    public LiveTopic Topic => AppSuiteTopics.Vouchers;
    public string Link => "/appsuite/vouchers?status=Unused";
    public bool IsVisibleTo(UserContext user) => user.IsInRole(Roles.ResellerAdmin, Roles.ResellerUser);

    public async Task<int> CountAsync(UserContext user, CancellationToken ct)
    {
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.Set<AppSuiteVoucher>().CountAsync(v => v.SiteId == null, ct);
    }
}

public sealed class SitesWithoutSwasCounter(ConsoleDb consoleDb, TimeProvider clock) : IDashboardCounter
{
    public string Area => "App Suite";
    public string Title => "Sites without SWAS";
    public LiveTopic Topic => AppSuiteTopics.Sites;
    public string Link => "/appsuite/sites?swas=Without";
    public bool IsVisibleTo(UserContext user) => user.IsInRole(Roles.ResellerAdmin, Roles.ResellerUser);

    public async Task<int> CountAsync(UserContext user, CancellationToken ct)
    {
        await using var db = await consoleDb.OpenAsync(user, ct);
        var today = clock.GetUtcNow().UtcDateTime.Date;
        return await db.Set<AppSuiteSite>().CountAsync(s => s.SwasExpiry == null || s.SwasExpiry < today, ct);
    }
}
