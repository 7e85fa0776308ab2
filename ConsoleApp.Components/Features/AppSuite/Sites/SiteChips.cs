using ConsoleApp.Components.Ui;

namespace ConsoleApp.Components.Features.AppSuite.Sites;

/// <summary>What the Sites grid's statuses mean, for the status chip's colour.</summary>
public static class SiteChips
{
    /// <summary>Expired or missing SWAS is what a reseller sells next; valid SWAS is fine.</summary>
    public static StatusTone SwasTone(SwasState state) => state switch
    {
        SwasState.Valid => StatusTone.Done,
        SwasState.Expired => StatusTone.Failed,
        _ => StatusTone.Inactive,
    };

    /// <summary>Purchased but not registered at a customer yet: waiting, nothing is wrong.</summary>
    public static StatusTone RegistrationTone(bool registered) => registered ? StatusTone.Done : StatusTone.InProgress;
}
