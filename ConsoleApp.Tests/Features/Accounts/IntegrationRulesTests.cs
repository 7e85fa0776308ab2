using ConsoleApp.Components.Features.Accounts;

namespace ConsoleApp.Tests.Features.Accounts;

public sealed class IntegrationRulesTests
{
    private static readonly IntegrationState Off = IntegrationState.AllOff;

    [Fact]
    public void SetIntegration_MiTeamMeetingsOn_TurnsOnBothPrivileges()
    {
        var state = IntegrationRules.SetIntegration(Off, Integration.MiTeamMeetings, true);
        Assert.Equal(new IntegrationState(false, true, false, true, true), state);
    }

    [Theory]
    [InlineData(Integration.Micc)]
    [InlineData(Integration.MiCollab)]
    public void SetIntegration_OtherIntegrationOn_TurnsOnDelegatedAuthenticationOnly(Integration integration)
    {
        var state = IntegrationRules.SetIntegration(Off, integration, true);
        Assert.True(state.IsOn(integration));
        Assert.True(state.DelegatedAuthentication);
        Assert.False(state.AllowGuestAccess);
    }

    [Fact]
    public void SetIntegration_LastCarrierOff_TurnsItsPrivilegesOff()
    {
        var on = IntegrationRules.SetIntegration(Off, Integration.MiTeamMeetings, true);
        Assert.Equal(Off, IntegrationRules.SetIntegration(on, Integration.MiTeamMeetings, false));
    }

    [Fact]
    public void SetIntegration_OffWhileAnotherCarrierOn_KeepsSharedPrivilegeAsSet()
    {
        var state = IntegrationRules.SetIntegration(Off, Integration.MiCollab, true);
        state = IntegrationRules.SetIntegration(state, Integration.MiTeamMeetings, true);
        var after = IntegrationRules.SetIntegration(state, Integration.MiTeamMeetings, false);
        Assert.True(after.DelegatedAuthentication);
        Assert.False(after.AllowGuestAccess);
        Assert.True(after.MiCollab);
    }

    [Fact]
    public void SetIntegration_OnAgain_ReenablesPrivilegeSwitchedOffSeparately()
    {
        var state = IntegrationRules.SetIntegration(Off, Integration.MiTeamMeetings, true);
        state = IntegrationRules.SetPrivilege(state, Privilege.AllowGuestAccess, false);
        Assert.False(state.AllowGuestAccess);
        state = IntegrationRules.SetIntegration(state, Integration.MiTeamMeetings, true);
        Assert.True(state.AllowGuestAccess);
    }

    [Fact]
    public void SetPrivilege_CarrierOn_TogglesOnlyThatPrivilege()
    {
        var state = IntegrationRules.SetIntegration(Off, Integration.MiTeamMeetings, true);
        var after = IntegrationRules.SetPrivilege(state, Privilege.DelegatedAuthentication, false);
        Assert.Equal(state with { DelegatedAuthentication = false }, after);
    }

    [Fact]
    public void SetPrivilege_NoCarrierOn_IsRefusedWithReason()
    {
        var state = IntegrationRules.SetIntegration(Off, Integration.MiCollab, true);
        Assert.False(IntegrationRules.CanToggle(state, Privilege.AllowGuestAccess));
        var ex = Assert.Throws<InvalidOperationException>(() => IntegrationRules.SetPrivilege(state, Privilege.AllowGuestAccess, true));
        Assert.Contains("MiTeam Meetings", ex.Message);
        Assert.True(IntegrationRules.CanToggle(state, Privilege.DelegatedAuthentication));
    }

    [Fact]
    public void Hint_DelegatedAuthentication_NamesEveryCarrier()
    {
        Assert.Contains("MiCC, MiTeam Meetings or MiCollab", IntegrationRules.Hint(Privilege.DelegatedAuthentication));
        Assert.Contains("MiTeam Meetings", IntegrationRules.Hint(Privilege.AllowGuestAccess));
    }
}
