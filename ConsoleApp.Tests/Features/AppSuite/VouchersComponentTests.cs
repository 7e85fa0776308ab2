using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Mail;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Mail;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class VouchersPageTests
{
    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<VouchersPage> page) => page.FindAll("tbody tr.mud-table-row");

    private static IRenderedComponent<VouchersPage> Open(BunitContext ctx, string uri)
    {
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return ctx.Render<VouchersPage>();
    }

    internal static AngleSharp.Dom.IElement Input<T>(IRenderedComponent<T> root, string testId) where T : IComponent =>
        root.Find($"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}], [data-testid={testId}] textarea");

    private static async Task<int> VoucherIdAsync(TestConsole console, string code)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<AppSuiteVoucher>().Where(v => v.Code == code).Select(v => v.Id).SingleAsync();
    }

    [Fact]
    public async Task Search_ByCode_ShowsUnusedVoucherWithAssignAndSupportContact()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();

        var page = Open(ctx, $"/appsuite/vouchers?q={AppSuiteDemo.UnusedVoucherCode}");

        page.WaitForAssertion(() => Assert.Equal("1 voucher", page.Find("[data-testid=vouchers-total]").TextContent));
        var row = Rows(page).Single();
        Assert.Contains("(S1302776) Phone Manager Professional", row.TextContent);
        Assert.Contains("Unassigned", row.TextContent);
        Assert.NotNull(row.QuerySelector($"button[aria-label='Assign voucher {AppSuiteDemo.UnusedVoucherCode}']"));
        Assert.Contains("appsuite.support@partner-console.test", page.Find("[data-testid=appsuite-contact-support]").TextContent);
    }

    [Fact]
    public async Task StatusUsed_HidesAssignButtons_AndDatesAreIso()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();

        var page = Open(ctx, "/appsuite/vouchers?status=Used");

        page.WaitForAssertion(() => Assert.NotEmpty(Rows(page)));
        Assert.Empty(page.FindAll("button[aria-label^='Assign voucher']"));
        Assert.Matches(@"\d{4}-\d{2}-\d{2}", Rows(page)[0].TextContent);
    }

    [Fact]
    public async Task Search_NothingMatches_EmptyStateSaysWhy()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();

        var page = Open(ctx, "/appsuite/vouchers?q=ZZZZ-NONE&status=Unused");

        page.WaitForAssertion(() => Assert.Contains("No vouchers match “ZZZZ-NONE” with these filters.", page.Find("[data-testid=empty-state]").TextContent));
    }

    [Fact]
    public async Task Assign_ThroughDialog_AssignsReportsAndRowShowsTheSite()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var providers = ctx.RenderProviders();
        var page = Open(ctx, $"/appsuite/vouchers?q={AppSuiteDemo.UnusedVoucherCode}");
        page.WaitForAssertion(() => Assert.Single(Rows(page)));

        page.Find($"button[aria-label='Assign voucher {AppSuiteDemo.UnusedVoucherCode}']").Click();
        providers.WaitForAssertion(() => Input(providers, "assign-site"));
        Input(providers, "assign-site").Input(AppSuiteDemo.PreFiveSiteId.ToString());
        providers.WaitForAssertion(() => Assert.Contains($"Assign to {AppSuiteDemo.PreFiveSiteId}", providers.Find("[data-testid=assign-status]").TextContent));
        providers.Find("[data-testid=assign-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains(AppSuiteDemo.PreFiveSiteId.ToString(), Rows(page).Single().TextContent), TimeSpan.FromSeconds(5));
        Assert.Empty(page.FindAll("button[aria-label^='Assign voucher']"));
        Assert.Contains($"Voucher {AppSuiteDemo.UnusedVoucherCode} assigned to site {AppSuiteDemo.PreFiveSiteId}.", ctx.SnackbarMessages());
        await using var db = await console.SystemDbAsync();
        Assert.True(await db.Set<OutboxMail>().AnyAsync(m => m.Kind == AppSuiteMailRouting.OrderUpdateKind && m.To == "reseller.admin@demo.test"));
    }

    [Fact]
    public async Task Live_AssignedOnAnotherCircuit_RowUpdatesAndAssignButtonGoes()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();
        var page = Open(ctx, $"/appsuite/vouchers?q={AppSuiteDemo.BrowserVoucherCode}");
        page.WaitForAssertion(() => Assert.Contains("Unassigned", Rows(page).Single().TextContent));

        // The admin's circuit assigns it: the service commits and publishes on the reseller's change feed.
        await using (var admin = console.As(TestUsers.ResellerAdmin))
            await console.Get<VoucherService>(admin).AssignAsync(await VoucherIdAsync(console, AppSuiteDemo.BrowserVoucherCode), AppSuiteDemo.OtherPreFiveSiteId);

        page.WaitForAssertion(() => Assert.Contains(AppSuiteDemo.OtherPreFiveSiteId.ToString(), Rows(page).Single().TextContent), TimeSpan.FromSeconds(5));
        Assert.Empty(page.FindAll($"button[aria-label='Assign voucher {AppSuiteDemo.BrowserVoucherCode}']"));
    }
}

public sealed class AssignVoucherDialogTests
{
    private static async Task<IRenderedComponent<MudProviders>> OpenDialogAsync(TestConsole console, BunitContext ctx, string code)
    {
        var providers = ctx.RenderProviders();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/appsuite/vouchers?q={code}");
        var page = ctx.Render<VouchersPage>();
        page.WaitForAssertion(() => page.Find($"button[aria-label='Assign voucher {code}']"));
        page.Find($"button[aria-label='Assign voucher {code}']").Click();
        providers.WaitForAssertion(() => VouchersPageTests.Input(providers, "assign-site"));
        return providers;
    }

    [Fact]
    public async Task FiveZeroSite_SaysRedeemInSoftware_AssignStaysDisabled()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        var providers = await OpenDialogAsync(console, ctx, AppSuiteDemo.UnusedVoucherCode);

        VouchersPageTests.Input(providers, "assign-site").Input(AppSuiteDemo.SampleSiteId.ToString());

        providers.WaitForAssertion(() => Assert.Contains("redeemed in the App Suite software", providers.Find("[data-testid=assign-status]").TextContent));
        Assert.True(providers.Find("[data-testid=assign-confirm]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task OtherResellersSiteOrNotANumber_SaysWhy()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        var providers = await OpenDialogAsync(console, ctx, AppSuiteDemo.UnusedVoucherCode);

        VouchersPageTests.Input(providers, "assign-site").Input(AppSuiteDemo.OtherResellerSiteId.ToString());
        providers.WaitForAssertion(() => Assert.Contains($"Site {AppSuiteDemo.OtherResellerSiteId} is not one of your sites.", providers.Find("[data-testid=assign-status]").TextContent));
        VouchersPageTests.Input(providers, "assign-site").Input("abc");
        providers.WaitForAssertion(() => Assert.Contains("Enter the numeric site id.", providers.Find("[data-testid=assign-status]").TextContent));
        Assert.True(providers.Find("[data-testid=assign-confirm]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task AssignedByAnotherUserMeanwhile_RefusalShownInDialog()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        var providers = await OpenDialogAsync(console, ctx, AppSuiteDemo.UnusedVoucherCode);
        VouchersPageTests.Input(providers, "assign-site").Input(AppSuiteDemo.PreFiveSiteId.ToString());
        providers.WaitForAssertion(() => Assert.False(providers.Find("[data-testid=assign-confirm]").HasAttribute("disabled")));

        int id;
        await using (var db = await console.SystemDbAsync())
            id = await db.Set<AppSuiteVoucher>().Where(v => v.Code == AppSuiteDemo.UnusedVoucherCode).Select(v => v.Id).SingleAsync();
        await using (var admin = console.As(TestUsers.ResellerAdmin))
            await console.Get<VoucherService>(admin).AssignAsync(id, AppSuiteDemo.OtherPreFiveSiteId);
        providers.Find("[data-testid=assign-confirm]").Click();

        providers.WaitForAssertion(() => Assert.Contains("already assigned", providers.Find("[data-testid=assign-error]").TextContent));
    }
}
