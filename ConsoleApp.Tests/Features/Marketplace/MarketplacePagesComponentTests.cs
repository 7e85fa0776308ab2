using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Ui;
using static ConsoleApp.Tests.Features.Marketplace.MarketplaceBunit;

namespace ConsoleApp.Tests.Features.Marketplace;

/// <summary>The customer view around every marketplace page: choosing the account, the banner, and "not found".</summary>
public sealed class CustomerViewComponentTests
{
    private static async Task DeleteBlueHarborAsync(TestConsole console)
    {
        await using var admin = console.As(TestUsers.PartnerAdmin);
        await console.Get<AccountLifecycleService>(admin).DeleteAsync(2, "Blue Harbor Logistics");
    }

    [Fact]
    public async Task AccountPicker_Partner_ListsAccountsLinkingToTheAskingPage()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);

        var picker = t.Ctx.Render<AccountPicker>(p => p.Add(a => a.Target, MarketplacePages.History));

        picker.WaitForAssertion(() => Assert.Equal($"{DemoData.AccountsOfPartner} customer accounts", picker.Find("[data-testid=accounts-total]").TextContent));
        Assert.Equal(15, Rows(picker).Count);
        Assert.Equal(["Customer account", "Account ID", "City", "Recent orders"], Headers(picker));
        Assert.Equal("/marketplace/orders/history?account=1", picker.FindAll("tbody a").Single(a => a.TextContent == "Acme Dental Group").GetAttribute("href"));
    }

    [Fact]
    public async Task AccountPicker_DeletedAccount_NotOfferedAndEmptyStateSaysWhy()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);
        await DeleteBlueHarborAsync(t.Console);
        t.Navigation.NavigateTo("/marketplace/orders?q=Blue%20Harbor");

        var picker = t.Ctx.Render<AccountPicker>();

        picker.WaitForAssertion(() => Assert.Contains("No customer accounts match “Blue Harbor”.", picker.Find("[data-testid=empty-state]").TextContent));
        picker.Find(".pc-grid-search input").Input("Acme");
        picker.WaitForAssertion(() => Assert.Equal("1 customer account", picker.Find("[data-testid=accounts-total]").TextContent));
    }

    [Fact]
    public async Task Banner_Partner_NamesCustomerActorAndWayBack()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);
        var scope = await t.CustomerScopeAsync();

        var banner = t.Ctx.Render<CustomerViewBanner>(p => p.Add(b => b.Scope, scope));

        var region = banner.Find("[role=region][aria-label='Customer view']");
        Assert.Contains("Customer view: Acme Dental Group — on behalf of the customer, as Pat Admin (Northwind Communications)", region.TextContent);
        Assert.Equal(MarketplacePages.Recent, region.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Banner_Customer_ShowsOwnOrganizationOnly()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var scope = await t.CustomerScopeAsync();

        var banner = t.Ctx.Render<CustomerViewBanner>(p => p.Add(b => b.Scope, scope));

        Assert.Empty(banner.FindAll("[role=region]"));
        Assert.Equal("Organization: Acme Dental Group", banner.Find("[data-testid=customer-view-banner]").TextContent.Trim());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999")]
    [InlineData("33")] // another partner's account
    [InlineData("2")]  // deleted below
    public async Task Gate_AccountThatIsNoneOfTheirs_AnswersNotFound(string account)
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);
        await DeleteBlueHarborAsync(t.Console);

        var gate = t.Ctx.Render<CustomerViewGate>(p => p.Add(g => g.Account, account).Add(g => g.ChildContent, s => $"<p id=child>{s.AccountName}</p>"));

        gate.WaitForAssertion(() => Assert.Equal("Customer account not found", gate.Find("h1").TextContent));
        Assert.Contains("does not exist, was deleted, or is not yours to see", gate.Find("[data-testid=empty-state]").TextContent);
        Assert.Equal(MarketplacePages.Recent, gate.FindAll("a").Single(a => a.TextContent == "Choose a customer account").GetAttribute("href"));
        Assert.Empty(gate.FindAll("#child"));
        Assert.Empty(gate.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task Gate_PartnerWithoutAccount_ShowsThePicker()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);

        var gate = t.Ctx.Render<CustomerViewGate>(p => p.Add(g => g.ChildContent, s => $"<p id=child>{s.AccountName}</p>"));

        gate.WaitForAssertion(() => Assert.NotEmpty(Rows(gate)));
        Assert.Equal("Marketplace orders", gate.Find("h1").TextContent);
        Assert.Empty(gate.FindAll("#child"));
    }

    [Fact]
    public async Task Gate_CustomerNamingAnotherAccount_IsToldOwnOrganizationOnly()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);

        var gate = t.Ctx.Render<CustomerViewGate>(p => p.Add(g => g.Account, "2").Add(g => g.ChildContent, s => $"<p id=child>{s.AccountName}</p>"));

        gate.WaitForAssertion(() => Assert.Contains("your own organization", gate.Find("[role=alert]").TextContent));
        Assert.Empty(gate.FindAll("a")); // customers have no accounts to choose from
    }

    [Fact]
    public async Task Gate_CustomerOwnAccount_ShowsBannerAndContent()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.CustomerAdmin);

        var gate = t.Ctx.Render<CustomerViewGate>(p => p.Add(g => g.ChildContent, s => $"<p id=child>{s.AccountName}</p>"));

        gate.WaitForAssertion(() => Assert.Equal("Acme Dental Group", gate.Find("#child").TextContent));
        Assert.Contains("Organization: Acme Dental Group", gate.Find("[data-testid=customer-view-banner]").TextContent);
    }

    [Theory]
    [InlineData(OrderStatus.Started, "Started", StatusTone.NeedsAction)]
    [InlineData(OrderStatus.Draft, "Draft", StatusTone.NeedsAction)]
    [InlineData(OrderStatus.ProvisioningStarted, "Provisioning started", StatusTone.InProgress)]
    [InlineData(OrderStatus.InProgress, "In progress", StatusTone.InProgress)]
    [InlineData(OrderStatus.ProvisioningFinished, "Provisioning finished", StatusTone.Done)]
    [InlineData(OrderStatus.Completed, "Completed", StatusTone.Done)]
    [InlineData(OrderStatus.ProvisioningFailed, "Provisioning failed", StatusTone.Failed)]
    [InlineData(OrderStatus.CompletedWithErrors, "Completed with errors", StatusTone.Failed)]
    [InlineData(OrderStatus.Deleted, "Deleted", StatusTone.Inactive)]
    public async Task StatusChip_EveryStatus_OwnWordsAndOneMeaning(OrderStatus status, string text, StatusTone tone)
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();

        var chip = ctx.Render<MarketplaceStatusChip>(p => p.Add(c => c.Status, status));

        var element = chip.Find("[data-status]");
        Assert.Equal(text, element.TextContent.Trim());
        Assert.Equal(status.ToString(), element.GetAttribute("data-status"));
        Assert.Equal(tone, MarketplacePages.Tone(status));
        Assert.Contains($"pc-tone-{element.GetAttribute("data-tone")}", element.ClassName);
    }

    [Fact]
    public async Task Stamp_TimeOrNone_DateAboveTimeOfDay()
    {
        await using var ctx = new BunitContext();

        var stamp = ctx.Render<Stamp>(p => p.Add(s => s.At, new DateTime(2026, 3, 4, 5, 6, 0, DateTimeKind.Utc)));
        var none = ctx.Render<Stamp>(p => p.Add(s => s.At, null));

        Assert.Equal("2026-03-04", stamp.Find("span").TextContent);
        Assert.Equal("2026-03-04 05:06 UTC", stamp.Find("span").GetAttribute("title"));
        Assert.Equal("05:06 UTC", stamp.Find(".pc-mk-sub").TextContent);
        Assert.Equal("—", none.Find("span").TextContent);
    }
}
