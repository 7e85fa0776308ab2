using ConsoleApp.Components.Platform.Errors;
using Microsoft.EntityFrameworkCore;
using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Tests.Features.Accounts;

public sealed class AccountQueryServiceTests
{
    [Fact]
    public async Task Search_PartnerStaff_PagesOwnPartnersAccountsInDatabase()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        var svc = console.Get<AccountQueryService>(scope);
        var page = await svc.SearchAsync(new AccountFilter(), new PageRequest(10, 10));
        Assert.Equal(DemoData.AccountsOfPartner, page.Total);
        Assert.Equal(10, page.Items.Count);
        var all = await svc.SearchAsync(new AccountFilter(), new PageRequest(0, 100));
        Assert.DoesNotContain(all.Items, r => r.Id == DemoData.OtherPartnerAccountId);
        Assert.Equal(all.Items.Skip(10).Take(10).Select(r => r.Id), page.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task Search_CaseInsensitiveTextAndStatus_Filters()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var svc = console.Get<AccountQueryService>(scope);
        var acme = await svc.SearchAsync(new AccountFilter("acme dental"), new PageRequest());
        Assert.Equal("Acme Dental Group", Assert.Single(acme.Items).Name);
        var deactivated = await svc.SearchAsync(new AccountFilter(Status: AccountStatus.Deactivated), new PageRequest());
        Assert.Equal([8, 20], deactivated.Items.Select(r => r.Id).Order());
        var percent = await svc.SearchAsync(new AccountFilter("%"), new PageRequest());
        Assert.Equal(0, percent.Total);
    }

    [Fact]
    public async Task Search_AccountAdmin_IsDenied()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.AccountAdmin);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<AccountQueryService>(scope).SearchAsync(new AccountFilter(), new PageRequest()));
    }

    [Fact]
    public async Task ExportCsv_Filtered_ContainsOnlyMatchingRows()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var csv = System.Text.Encoding.UTF8.GetString(await console.Get<AccountQueryService>(scope).ExportCsvAsync(new AccountFilter(Status: AccountStatus.Deactivated)));
        var lines = csv.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\uFEFFAccountId,Name,Status", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains("Deactivated", l));
    }

    [Fact]
    public async Task Get_AccountAdminOwnAccount_ReturnsDetailsWithoutPartnerActions()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await AccountTestData.AddOrderAsync(console, DemoData.PartnerId, DemoData.AccountId);
        await AccountTestData.AddOrderAsync(console, DemoData.PartnerId, DemoData.AccountId, OrderProduct.MitelOne);
        await AccountTestData.AddOrderAsync(console, DemoData.PartnerId, 2);
        await using var scope = console.As(TestUsers.AccountAdmin);
        var details = await console.Get<AccountQueryService>(scope).GetAsync(DemoData.AccountId);
        Assert.Equal("Acme Dental Group", details.Name);
        Assert.Equal(new AccountPermissions(true, false, false, false), details.Permissions);
        Assert.NotEmpty(details.Contacts);
        // Exactly the account's MiTeam Meetings orders: the one added here plus any the demo data assigned.
        List<int> meetingsOrders;
        await using (var db = await console.SystemDbAsync())
            meetingsOrders = await db.Set<PartnerOrder>()
                .Where(o => o.AssignedAccountId == DemoData.AccountId && o.Product == OrderProduct.MiTeamMeetings)
                .Select(o => o.Id).ToListAsync();
        Assert.Contains(order.Id, meetingsOrders);
        Assert.Equal(meetingsOrders.Order(), details.Subscriptions.Select(s => s.OrderId).Order());
        Assert.True(details.Integrations.MiCollab);
        Assert.False(details.Integrations.MiTeamMeetings);
    }

    [Theory]
    [InlineData("account")]
    [InlineData("other")]
    public async Task Get_AnotherTenantsAccount_IsNotFound(string who)
    {
        await using var console = await TestConsole.StartAsync();
        var (user, id) = who == "account" ? (TestUsers.AccountAdmin, 2) : (TestUsers.OtherPartner, DemoData.AccountId);
        await using var scope = console.As(user);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<AccountQueryService>(scope).GetAsync(id));
    }

    [Fact]
    public async Task Get_CustomerRole_IsDenied()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Customer);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<AccountQueryService>(scope).GetAsync(DemoData.AccountId));
    }

    [Fact]
    public async Task Get_MiCloudConnectAccount_LabelsBillingCustomerNumber()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var svc = console.Get<AccountQueryService>(scope);
        Assert.Equal("Billing Customer Number", (await svc.GetAsync(3)).SapNumberLabel); // seeded PBX: MiCloud Connect
        Assert.Equal("SAP Customer Number", (await svc.GetAsync(1)).SapNumberLabel);
    }

    [Fact]
    public async Task Seeder_EveryAccount_HasSupportContactAndSwitches()
    {
        await using var console = await TestConsole.StartAsync();
        await using var db = await console.SystemDbAsync();
        var accounts = db.Set<CustomerAccount>().Select(a => a.Id).ToList();
        Assert.All(accounts, id => Assert.Contains(db.Set<SupportContact>(), c => c.AccountId == id));
        Assert.Equal(accounts.Count, db.Set<AccountIntegrations>().Count());
    }
}
