using ConsoleApp.Components.Platform.Live;

namespace ConsoleApp.Components.Features.AppSuite;

/// <summary>Live topics of the App Suite portal; every event is published to the owning reseller's tenant.</summary>
public static class AppSuiteTopics
{
    public static readonly LiveTopic Sites = new("sites");
    public static readonly LiveTopic Vouchers = new("vouchers");
    public static readonly LiveTopic Users = new("appsuite-users");
}
