using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>
/// An account's integration, privilege and call-service switches. Kept apart from <see cref="CustomerAccount"/>
/// so a toggle does not renew the account's Version: an account admin flipping a switch must not turn the
/// partner's half-finished customer-information edit into a conflict. A missing row means everything is off.
/// </summary>
public sealed class AccountIntegrations : ICustomerOwned, IVersioned
{
    public int AccountId { get; set; }
    public int PartnerId { get; set; }
    public bool Micc { get; set; }
    public bool MiTeamMeetings { get; set; }
    public bool MiCollab { get; set; }
    public bool DelegatedAuthentication { get; set; }
    public bool AllowGuestAccess { get; set; }
    public bool BandwidthOptimization { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }

    public IntegrationState State => new(Micc, MiTeamMeetings, MiCollab, DelegatedAuthentication, AllowGuestAccess);

    public void Apply(IntegrationState state)
    {
        (Micc, MiTeamMeetings, MiCollab) = (state.Micc, state.MiTeamMeetings, state.MiCollab);
        (DelegatedAuthentication, AllowGuestAccess) = (state.DelegatedAuthentication, state.AllowGuestAccess);
    }
}

internal sealed class AccountIntegrationsConfiguration : IEntityTypeConfiguration<AccountIntegrations>
{
    public void Configure(EntityTypeBuilder<AccountIntegrations> b)
    {
        b.ToTable("AccountIntegrations");
        b.HasKey(i => i.AccountId);
        b.Property(i => i.AccountId).ValueGeneratedNever();
        b.HasOne<CustomerAccount>().WithOne().HasForeignKey<AccountIntegrations>(i => i.AccountId);
        b.Ignore(i => i.State);
    }
}
