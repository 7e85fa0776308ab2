using ConsoleApp.Components.Platform.Live;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>
/// Live topics of this feature. Account changes go to the partner's tenant key (lists, the dashboard counter) and
/// to the account's own key (the account's open pages, whoever has them open), so no subscriber filters by id.
/// </summary>
public static class AccountTopics
{
    public const string Accounts = "accounts";

    public static string PartnerKey(int partnerId) => $"partner:{partnerId}";
    public static string AccountKey(int accountId) => $"account:{accountId}";

    public static void PublishAccount(ChangeNotifier notifier, int partnerId, int accountId, string action)
    {
        notifier.Publish(Accounts, accountId, PartnerKey(partnerId), action);
        notifier.Publish(Accounts, accountId, AccountKey(accountId), action);
    }
}
