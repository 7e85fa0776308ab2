using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Tests.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConsoleApp.Tests.Browser.Orders;

/// <summary>The Orders journey across two browsers (search, panels and views are covered by the component tests).
/// Each test creates its own orders (SAP ids no other test uses) in the shared browser server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrdersBrowserTests
{
    private readonly ConsoleServer server;

    public OrdersBrowserTests(ConsoleServer server)
    {
        this.server = server;
        // The machine is shared and loaded: wait as long as the page timeout (15 s) for conditions, not the 5 s default.
        SetDefaultExpectTimeout(15_000);
    }

    private async Task<PartnerOrder> AddOrderAsync(string sap, DateTime? expiresAt, int? accountId = null)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        return await OrderTestData.AddAsync(db, sap, expiresAt, accountId);
    }

    [Fact]
    public async Task Assign_ThroughPanel_SecondBrowserSeesItWithoutReload()
    {
        const string sap = "BRWASSIGN-1";
        await AddOrderAsync(sap, DateTime.UtcNow.AddDays(120));
        var admin = new OrdersPageObject(await server.SignInAsync("partner.admin@demo.test", $"/orders?q={sap}"));
        var staff = new OrdersPageObject(await server.SignInAsync("partner.staff@demo.test", $"/orders?view=unassigned&q={sap}"));
        await Expect(staff.Row(sap)).ToContainTextAsync("ASSIGN");
        var marker = await staff.Page.EvaluateAsync<string>("() => (window.__noReload = 'still-here')");

        await admin.AssignButton(sap).ClickAsync();
        await Expect(admin.AssignPanel).ToBeVisibleAsync();
        await admin.ChooseCompanyAsync("Juniper Schools");
        await admin.ConfirmAssignAsync();

        await Expect(admin.AssignPanel).ToHaveCountAsync(0);
        await Expect(admin.Row(sap)).ToContainTextAsync("Juniper Schools");
        await Expect(admin.Row(sap)).ToContainTextAsync("PENDING ACTIVATION");
        // The staff browser shows the Unassigned view: the order leaves it live.
        await Expect(staff.Row(sap)).ToHaveCountAsync(0);
        Assert.Equal(marker, await staff.Page.EvaluateAsync<string>("() => window.__noReload"));
        await admin.Page.Context.CloseAsync();
        await staff.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Select_TwoRowsByCheckBox_BulkAssignOffersBoth_ClearedBoxLeavesOne()
    {
        const string first = "BRWSELECT-1", second = "BRWSELECT-2";
        await AddOrderAsync(first, DateTime.UtcNow.AddDays(120));
        await AddOrderAsync(second, DateTime.UtcNow.AddDays(120));
        var admin = new OrdersPageObject(await server.SignInAsync("partner.admin@demo.test", "/orders?q=BRWSELECT"));
        await Expect(admin.Row(second)).ToHaveCountAsync(1);
        await Expect(admin.Page.Locator("section.pc-grid[data-interactive=true]")).ToHaveCountAsync(1);

        // The row's check box (markup with MudBlazor's classes): a click ticks it without opening anything else.
        await admin.SelectBox(first).ClickAsync();
        await admin.SelectBox(second).ClickAsync();

        await Expect(admin.SelectBox(first)).ToBeCheckedAsync();
        await Expect(admin.AssignSelected).ToHaveTextAsync("Assign selected (2)");
        await admin.SelectBox(first).ClickAsync();
        await Expect(admin.SelectBox(first)).Not.ToBeCheckedAsync();
        await Expect(admin.AssignSelected).ToHaveTextAsync("Assign selected (1)");
        await admin.AssignSelected.ClickAsync();
        await Expect(admin.AssignPanel).ToBeVisibleAsync();
        await Expect(admin.AssignPanel).ToContainTextAsync(second);
        await admin.Page.Context.CloseAsync();
    }
}
