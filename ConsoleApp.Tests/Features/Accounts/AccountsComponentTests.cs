using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Accounts;

public sealed class AccountsPageTests
{
    [Fact]
    public async Task Render_Partner_ListsAccountsWithLinksAndStatus()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();

        var page = ctx.Render<AccountsPage>();

        page.WaitForAssertion(() => Assert.Equal($"{DemoData.AccountsOfPartner} accounts", page.Find("[data-testid=accounts-total]").TextContent));
        Assert.Equal("/accounts/2", page.FindAll("tbody a").Single(a => a.TextContent == "Blue Harbor Logistics").GetAttribute("href"));
        Assert.Equal(20, page.FindAll("tbody tr.mud-table-row").Count);
    }

    [Fact]
    public async Task Search_Typed_NarrowsAndSaysWhyWhenNothingMatches()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();
        var page = ctx.Render<AccountsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tbody tr.mud-table-row")));

        page.Find(".pc-grid-search input").Input("Blue Harbor");
        page.WaitForAssertion(() => Assert.Equal("1 account", page.Find("[data-testid=accounts-total]").TextContent));
        page.Find(".pc-grid-search input").Input("Nobody Such");
        page.WaitForAssertion(() => Assert.Contains("No accounts match “Nobody Such”.", page.Find("[data-testid=empty-state]").TextContent));
        Assert.Contains("q=Nobody", ctx.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Live_AccountDeactivatedElsewhere_StatusChipChanges()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/accounts?q=Blue%20Harbor");
        var page = ctx.Render<AccountsPage>();
        page.WaitForAssertion(() => Assert.Equal("Active", page.Find("tbody [data-status]").TextContent.Trim()));

        await using (var admin = console.As(TestUsers.PartnerAdmin))
            await console.Get<AccountLifecycleService>(admin).DeactivateAsync(2);

        page.WaitForAssertion(() => Assert.Equal("Deactivated", page.Find("tbody [data-status]").TextContent.Trim()), TimeSpan.FromSeconds(5));
    }
}

public sealed class AccountPageTests
{
    [Fact]
    public async Task Render_PartnerOpensAccount_ShowsAllPanels()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();

        var page = ctx.Render<AccountPage>(p => p.Add(a => a.AccountId, 2));

        page.WaitForAssertion(() => Assert.Equal("Blue Harbor Logistics", page.Find("h1").TextContent));
        var headings = page.FindAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(new[] { "Customer Information", "Support Contacts", "Integrations", "Subscriptions", "Account actions" }, headings);
        Assert.Equal("Active", page.Find("[data-testid=account-status]").TextContent.Trim());
    }

    [Fact]
    public async Task Render_UnknownAccount_SaysNotFound()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.OtherPartner);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.OtherPartner);
        ctx.RenderProviders();
        var page = ctx.Render<AccountPage>(p => p.Add(a => a.AccountId, 2));
        page.WaitForAssertion(() => Assert.Equal("Account not found", page.Find("h1").TextContent));
    }

    [Fact]
    public async Task Live_AccountAdminTogglesIntegration_PartnersOpenPageShowsItWithPrivilege()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var page = ctx.Render<AccountPage>(p => p.Add(a => a.AccountId, DemoData.AccountId));
        page.WaitForAssertion(() => Assert.Equal("Acme Dental Group", page.Find("h1").TextContent));
        var wasOn = page.Find("[data-testid=toggle-miteammeetings] input").HasAttribute("checked");

        await using (var admin = console.As(TestUsers.AccountAdmin))
            await console.Get<AccountEditService>(admin).SetIntegrationAsync(DemoData.AccountId, Integration.MiTeamMeetings, !wasOn);

        page.WaitForAssertion(() => Assert.Equal(!wasOn, page.Find("[data-testid=toggle-miteammeetings] input").HasAttribute("checked")), TimeSpan.FromSeconds(5));
        Assert.Equal(!wasOn, page.Find("[data-testid=toggle-allowguestaccess] input").HasAttribute("checked"));
    }
}

public sealed class AccountPanelsTests
{
    private static async Task<AccountDetails> DetailsAsync(TestConsole console, AsyncServiceScope scope, int id) =>
        await console.Get<AccountQueryService>(scope).GetAsync(id);

    [Fact]
    public async Task CustomerInfo_InvalidPostalCode_ShowsFieldMessageThenSavesValidOne()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        var details = await DetailsAsync(console, scope, 30);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();
        var panel = ctx.Render<CustomerInfoPanel>(p => p.Add(c => c.Details, details));

        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Edit").Click();
        var postal = panel.FindAll(".mud-input-control").Single(c => c.TextContent.Contains("Postal / ZIP code")).QuerySelector("input")!;
        postal.Change("ABC");
        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Save").Click();
        panel.WaitForAssertion(() => Assert.Contains("is not a valid postal code for", panel.Find(".mud-input-error").TextContent));
        Assert.Contains("Some fields need attention.", panel.Find("[role=alert]").TextContent);

        panel.FindAll(".mud-input-control").Single(c => c.TextContent.Contains("Postal / ZIP code")).QuerySelector("input")!.Change("1017cd");
        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Save").Click();

        panel.WaitForAssertion(() => Assert.Contains("Customer information saved.", ctx.SnackbarMessages()));
        Assert.Equal("1017 CD", (await AccountTestData.AccountAsync(console, 30)).PostalCode);
    }

    [Fact]
    public async Task CustomerInfoForm_Render_BindsDraftAndCallsSave()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var draft = new CustomerInfoForm.Model { Name = "Acme", Country = "NL", City = "Delft", PostalCode = "2611 AA", DefaultLanguage = "nl", BusinessType = "Retail" };
        var saved = false;
        var form = ctx.Render<CustomerInfoForm>(p => p.Add(f => f.Draft, draft).Add(f => f.Errors, new FormErrors(() => new Dictionary<string, string>()))
            .Add(f => f.OnSave, () => saved = true));

        form.FindAll(".mud-input-control").Single(c => c.TextContent.Contains("City")).QuerySelector("input")!.Change("Leiden");
        form.FindAll("button").Single(b => b.TextContent.Trim() == "Save").Click();

        Assert.Equal("Leiden", draft.City);
        Assert.True(saved);
        Assert.Equal("Edit customer information", form.Find("form").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task SupportContacts_InvalidEmailThenValid_ShowsFieldMessageThenAdds()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        var details = await DetailsAsync(console, scope, 2);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();
        var changed = 0;
        var panel = ctx.Render<SupportContactsPanel>(p => p.Add(c => c.Details, details).Add(c => c.Changed, () => changed++));
        AngleSharp.Dom.IElement Input(string label) => panel.FindAll(".mud-input-control").Single(c => c.TextContent.Contains(label)).QuerySelector("input")!;

        Input("Name").Change("Dana Desk");
        Input("E-mail").Change("not-an-email");
        panel.FindAll("button").Single(b => b.TextContent.Contains("Assign contact")).Click();
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll(".mud-input-error")));
        Assert.Equal(0, changed);

        Input("E-mail").Change("dana@bluebarbor.test");
        panel.FindAll("button").Single(b => b.TextContent.Contains("Assign contact")).Click();

        panel.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.Contains((await DetailsAsync(console, scope, 2)).Contacts, c => c.Email == "dana@bluebarbor.test");
    }

    [Fact]
    public async Task Integrations_SwitchFlipped_SavesAndAsksThePageToReload()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        var details = await DetailsAsync(console, scope, 2);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();
        var changed = 0;
        var panel = ctx.Render<IntegrationsPanel>(p => p.Add(c => c.Details, details).Add(c => c.Changed, () => changed++));

        panel.Find("[data-testid=toggle-bandwidthoptimization] input").Change(!details.BandwidthOptimization);

        panel.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.Equal(!details.BandwidthOptimization, (await DetailsAsync(console, scope, 2)).BandwidthOptimization);
    }

    [Fact]
    public async Task Subscriptions_AssignedOrder_ShownWithTermInMonthsAndLink()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await AccountTestData.AddOrderAsync(console, DemoData.PartnerId, 2);
        await using var scope = console.As(TestUsers.PartnerStaff);
        var details = await DetailsAsync(console, scope, 2);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);

        var panel = ctx.Render<SubscriptionsPanel>(p => p.Add(c => c.Details, details));

        var row = panel.FindAll("tbody tr").Single(r => r.TextContent.Contains(order.SapOrderId));
        Assert.Contains("12 months", row.TextContent);
        Assert.Contains("Active", row.TextContent);
        Assert.Equal($"/orders?order={order.Id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Actions_DeactivateConfirmed_DeactivatesAndReports()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var details = await DetailsAsync(console, scope, 2);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var providers = ctx.RenderProviders();
        var changed = 0;
        var panel = ctx.Render<AccountActionsPanel>(p => p.Add(c => c.Details, details).Add(c => c.Changed, () => changed++));

        panel.FindAll("button").Single(b => b.TextContent.Contains("Deactivate account")).Click();
        providers.WaitForAssertion(() => Assert.Contains("cannot receive orders", providers.Find(".mud-dialog").TextContent));
        providers.Find("[data-testid=confirm-button]").Click();

        panel.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.Equal(AccountStatus.Deactivated, (await AccountTestData.AccountAsync(console, 2)).Status);
        Assert.Contains("Blue Harbor Logistics is deactivated.", ctx.SnackbarMessages());
    }

    [Fact]
    public async Task Actions_DeleteWithTypedName_DeletesAndLeavesForTheList()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var details = await DetailsAsync(console, scope, 31);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var providers = ctx.RenderProviders();
        var panel = ctx.Render<AccountActionsPanel>(p => p.Add(c => c.Details, details));

        panel.FindAll("button").Single(b => b.TextContent.Contains("Delete account")).Click();
        providers.WaitForAssertion(() => Assert.Contains("return to Unassigned", providers.Find(".mud-dialog").TextContent));
        providers.Find(".mud-dialog input").Input("Foxglove");
        Assert.True(providers.Find("[data-testid=confirm-button]").HasAttribute("disabled"));
        providers.Find(".mud-dialog input").Input("Foxglove Florists");
        providers.Find("[data-testid=confirm-button]").Click();

        providers.WaitForAssertion(() => Assert.EndsWith("/accounts", ctx.Services.GetRequiredService<NavigationManager>().Uri));
        await Assert.ThrowsAsync<NotFoundException>(() => DetailsAsync(console, scope, 31));
    }

    [Fact]
    public async Task DeleteConsequences_ListWhatHappens()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var details = await DetailsAsync(console, scope, 2);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var list = ctx.Render<DeleteAccountConsequences>(p => p.Add(c => c.Details, details));
        Assert.Equal(3, list.FindAll("li").Count);
        Assert.Contains($"Its {details.Contacts.Count} support contact(s) are removed.", list.Markup);
    }

    [Fact]
    public async Task Toggle_Flipped_ReportsNewValueAndIsNamedByItsLabel()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        bool? changed = null;
        var toggle = ctx.Render<Toggle>(p => p.Add(t => t.Label, "Allow Guest Access").Add(t => t.Hint, "Guests may join.").Add(t => t.Changed, v => changed = v));

        toggle.Find("input").Change(true);

        Assert.True(changed);
        Assert.Contains("Allow Guest Access", toggle.Find("label").TextContent);
        Assert.Equal("Guests may join.", toggle.Find("#toggle-allowguestaccess-hint").TextContent);
    }

    [Fact]
    public async Task StatusChip_Deactivated_IsInactiveTone()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var chip = ctx.Render<AccountStatusChip>(p => p.Add(c => c.Status, AccountStatus.Deactivated).Add(c => c.TestId, "s"));
        Assert.Equal("inactive", chip.Find("[data-testid=s]").GetAttribute("data-tone"));
        Assert.Equal("Deactivated", chip.Find("[data-testid=s]").TextContent.Trim());
    }
}
