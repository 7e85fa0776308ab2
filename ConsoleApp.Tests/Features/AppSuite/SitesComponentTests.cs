using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class SitesPageTests
{
    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<SitesPage> page) => page.FindAll("tbody tr.mud-table-row");

    private static IRenderedComponent<SitesPage> Open(BunitContext ctx, string uri)
    {
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return ctx.Render<SitesPage>();
    }

    [Fact]
    public async Task Search_InAddress_ShowsSiteWithVersionSwasAndCertificate()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();

        var page = Open(ctx, $"/appsuite/sites?q={AppSuiteDemo.PreFiveSiteId}");

        page.WaitForAssertion(() => Assert.Equal("1 site", page.Find("[data-testid=sites-total]").TextContent));
        var row = Rows(page).Single();
        Assert.Contains("MCS (4.3)", row.TextContent);
        Assert.Equal("done", row.QuerySelector("[data-status=Valid]")!.GetAttribute("data-tone"));
        Assert.StartsWith("Valid 20", row.QuerySelector("[data-status=Valid]")!.TextContent.Trim());
        Assert.Equal("Current", page.Find($"[data-testid=certificate-{AppSuiteDemo.PreFiveSiteId}]").TextContent.Trim());
        Assert.Equal(["Site ID", "Site Name", "Version", "SWAS Expiry", "Certificate", "Status", "Details"],
            page.FindAll("thead th").Select(h => h.TextContent.Trim()).Where(t => t.Length > 0));
    }

    [Fact]
    public async Task UnregisteredSite_CertificateNotIssued_NameSaysUnregistered()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();

        var page = Open(ctx, $"/appsuite/sites?q={AppSuiteDemo.UnregisteredSiteId}");

        page.WaitForAssertion(() => Assert.Single(Rows(page)));
        Assert.Equal("NotIssued", page.Find($"[data-testid=certificate-{AppSuiteDemo.UnregisteredSiteId}]").GetAttribute("data-status"));
        Assert.Contains("Unregistered", Rows(page)[0].TextContent);
    }

    [Fact]
    public async Task Filters_NothingMatches_EmptyStateSaysWhyAndAddressKeepsFilters()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();

        var page = Open(ctx, "/appsuite/sites?q=NoSuchCustomer&swas=Without&version=5.1");

        page.WaitForAssertion(() => Assert.Contains("No sites match “NoSuchCustomer” with these filters.", page.Find("[data-testid=empty-state]").TextContent));
        var uri = ctx.Services.GetRequiredService<NavigationManager>().Uri;
        Assert.Contains("swas=Without", uri);
        Assert.Contains("version=5.1", uri);
    }

    [Fact]
    public async Task Live_VoucherAssignedElsewhere_CertificateTurnsUpdateNeeded()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();
        var page = Open(ctx, $"/appsuite/sites?q={AppSuiteDemo.PreFiveSiteId}");
        var chip = $"[data-testid=certificate-{AppSuiteDemo.PreFiveSiteId}]";
        page.WaitForAssertion(() => Assert.Equal("Current", page.Find(chip).TextContent.Trim()));

        int id;
        await using (var db = await console.SystemDbAsync())
            id = await db.Set<AppSuiteVoucher>().Where(v => v.Code == AppSuiteDemo.UnusedVoucherCode).Select(v => v.Id).SingleAsync();
        await using (var admin = console.As(TestUsers.ResellerAdmin))
            await console.Get<VoucherService>(admin).AssignAsync(id, AppSuiteDemo.PreFiveSiteId);

        page.WaitForAssertion(() => Assert.Equal("Update needed", page.Find(chip).TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.Equal("needs-action", page.Find(chip).GetAttribute("data-tone"));
    }

    [Fact]
    public async Task DetailsButton_OpensDialogWithLicencesSwasAndCertificate()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        var providers = ctx.RenderProviders();
        var page = Open(ctx, $"/appsuite/sites?q={AppSuiteDemo.PreFiveSiteId}");
        page.WaitForAssertion(() => Assert.Single(Rows(page)));

        page.Find($"button[aria-label='Details of site {AppSuiteDemo.PreFiveSiteId}']").Click();

        providers.WaitForAssertion(() => Assert.Contains("Phone Manager Professional", AppSuiteTables.Named(providers, "Licences").TextContent));
        Assert.Equal($"Site {AppSuiteDemo.PreFiveSiteId}", providers.Find("#site-details-title").TextContent);
        Assert.Contains("Valid from", providers.Find("[data-testid=swas-in-place]").TextContent);
        Assert.Contains("it holds every licence", providers.Find("[data-testid=site-certificate]").TextContent);
        Assert.NotEmpty(AppSuiteTables.Named(providers, "SWAS coverage").QuerySelectorAll("tbody tr"));
    }
}

public sealed class SiteDetailsDialogTests
{
    private static async Task<IRenderedComponent<ConsoleApp.Tests.MudProviders>> ShowAsync(BunitContext ctx, int siteId)
    {
        var providers = ctx.RenderProviders();
        var dialogs = ctx.Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<SiteDetailsDialog> { { d => d.SiteId, siteId } };
        await providers.InvokeAsync(() => dialogs.ShowAsync<SiteDetailsDialog>($"Site {siteId}", parameters));
        return providers;
    }

    [Fact]
    public async Task OtherResellersSite_ShowsNotOneOfYourSites()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);

        var providers = await ShowAsync(ctx, AppSuiteDemo.OtherResellerSiteId);

        providers.WaitForAssertion(() => Assert.Contains($"Site {AppSuiteDemo.OtherResellerSiteId} is not one of your sites.", providers.Find("[role=alert]").TextContent));
    }

    [Fact]
    public async Task UnregisteredSite_SaysNoCertificateAndNoSwas()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);

        var providers = await ShowAsync(ctx, AppSuiteDemo.UnregisteredSiteId);

        providers.WaitForAssertion(() => Assert.Contains("Unregistered site", providers.Find("[data-testid=site-summary]").TextContent));
        Assert.Contains("has not registered yet", providers.Find("[data-testid=site-certificate]").TextContent);
        Assert.Contains("No SWAS.", providers.Find("[data-testid=swas-in-place]").TextContent);
        providers.FindAll("button").Single(b => b.TextContent.Trim() == "Close").Click();
        providers.WaitForAssertion(() => Assert.Empty(providers.FindAll("[data-testid=site-summary]")));
    }
}

internal static class AppSuiteTables
{
    /// <summary>The table captioned <paramref name="caption"/> (captions name the tables for screen readers).</summary>
    public static AngleSharp.Dom.IElement Named<T>(IRenderedComponent<T> root, string caption) where T : Microsoft.AspNetCore.Components.IComponent =>
        root.FindAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == caption);
}
