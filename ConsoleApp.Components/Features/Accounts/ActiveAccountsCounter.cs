using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Accounts;

public sealed class ActiveAccountsCounter(ConsoleDb consoleDb) : IDashboardCounter
{
    public string Area => "Accounts";
    public string Title => "Active customer accounts";
    public LiveTopic Topic => AccountTopics.Accounts;
    public string Link => "/accounts?status=active";
    public bool IsVisibleTo(UserContext user) => user.IsPartnerUser;

    public async Task<int> CountAsync(UserContext user, CancellationToken ct)
    {
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.Set<CustomerAccount>().CountAsync(a => a.Status == AccountStatus.Active, ct);
    }
}
