using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>
/// Live topics of this feature. Account changes go to the partner's tenant (lists, the dashboard counter) and
/// to the account's own tenant (the account's open pages, whoever has them open), so no subscriber filters by id.
/// </summary>
public static class AccountTopics
{
    public static readonly LiveTopic Accounts = new("accounts");

    public static void PublishAccount(IChangeNotifier notifier, int partnerId, int accountId, string action)
    {
        notifier.Publish(Accounts, accountId, Tenant.Partner(partnerId), action);
        notifier.Publish(Accounts, accountId, Tenant.Account(accountId), action);
    }
}
