namespace ConsoleApp.Components.Features.Accounts;

public enum Integration { Micc, MiTeamMeetings, MiCollab }

public enum Privilege { DelegatedAuthentication, AllowGuestAccess }

/// <summary>The integration and privilege switches of one account.</summary>
public sealed record IntegrationState(bool Micc, bool MiTeamMeetings, bool MiCollab, bool DelegatedAuthentication, bool AllowGuestAccess)
{
    public static readonly IntegrationState AllOff = new(false, false, false, false, false);

    public bool IsOn(Integration integration) => integration switch
    {
        Integration.Micc => Micc,
        Integration.MiTeamMeetings => MiTeamMeetings,
        _ => MiCollab,
    };

    public bool IsOn(Privilege privilege) =>
        privilege == Privilege.DelegatedAuthentication ? DelegatedAuthentication : AllowGuestAccess;

    public IntegrationState With(Integration integration, bool on) => integration switch
    {
        Integration.Micc => this with { Micc = on },
        Integration.MiTeamMeetings => this with { MiTeamMeetings = on },
        _ => this with { MiCollab = on },
    };

    public IntegrationState With(Privilege privilege, bool on) =>
        privilege == Privilege.DelegatedAuthentication ? this with { DelegatedAuthentication = on } : this with { AllowGuestAccess = on };
}

/// <summary>
/// Which integration carries which privilege, and what switching either does. The product description says turning an
/// integration on enables "the specific privileges associated with that application" and that privileges can then
/// be switched separately. Our mapping: every integration signs its users in through CloudLink, so each carries
/// Delegated Authentication; only MiTeam Meetings admits anonymous guests (the console's Guest role), so only it
/// carries Allow Guest Access. The rules:
/// <list type="number">
/// <item>Turning an integration on turns all its privileges on.</item>
/// <item>A privilege can be switched on its own only while at least one integration carrying it is on.</item>
/// <item>Turning an integration off turns off each of its privileges that no other switched-on integration carries;
/// a privilege still carried by another integration keeps its current setting.</item>
/// </list>
/// </summary>
public static class IntegrationRules
{
    public static IReadOnlyList<Integration> Integrations { get; } = [Integration.Micc, Integration.MiTeamMeetings, Integration.MiCollab];
    public static IReadOnlyList<Privilege> Privileges { get; } = [Privilege.DelegatedAuthentication, Privilege.AllowGuestAccess];

    public static IReadOnlyList<Privilege> PrivilegesOf(Integration integration) => integration switch
    {
        Integration.MiTeamMeetings => [Privilege.DelegatedAuthentication, Privilege.AllowGuestAccess],
        _ => [Privilege.DelegatedAuthentication],
    };

    public static IEnumerable<Integration> Carriers(Privilege privilege) => Integrations.Where(i => PrivilegesOf(i).Contains(privilege));

    /// <summary>Rule 2: whether the privilege's switch is usable in <paramref name="state"/>.</summary>
    public static bool CanToggle(IntegrationState state, Privilege privilege) => Carriers(privilege).Any(state.IsOn);

    /// <summary>Rules 1 and 3.</summary>
    public static IntegrationState SetIntegration(IntegrationState state, Integration integration, bool on)
    {
        var next = state.With(integration, on);
        foreach (var privilege in PrivilegesOf(integration))
        {
            if (on) next = next.With(privilege, true);
            else if (!CanToggle(next, privilege)) next = next.With(privilege, false);
        }
        return next;
    }

    /// <summary>Rule 2; refuses with a reason the user can act on.</summary>
    public static IntegrationState SetPrivilege(IntegrationState state, Privilege privilege, bool on)
    {
        if (!CanToggle(state, privilege))
            throw new InvalidOperationException($"{Label(privilege)} can only be changed while {CarrierList(privilege)} is on.");
        return state.With(privilege, on);
    }

    public static string Label(Integration integration) => integration switch
    {
        Integration.Micc => "MiCC",
        Integration.MiTeamMeetings => "MiTeam Meetings",
        _ => "MiCollab",
    };

    public static string Label(Privilege privilege) =>
        privilege == Privilege.DelegatedAuthentication ? "Delegated Authentication" : "Allow Guest Access";

    public static string CarrierList(Privilege privilege)
    {
        var names = Carriers(privilege).Select(Label).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    /// <summary>The hint the page shows under each privilege switch.</summary>
    public static string Hint(Privilege privilege) =>
        $"Turned on with {CarrierList(privilege)}; can be switched on its own while one of them is on; " +
        "turned off when the last of them is turned off.";
}
