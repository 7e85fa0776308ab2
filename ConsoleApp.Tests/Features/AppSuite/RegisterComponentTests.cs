using System.Security.Claims;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class RegisterPageTests
{
    private static void Choose(IRenderedComponent<RegisterPage> page, byte[] content, string name = "licence-request.json") =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name));

    private static AngleSharp.Dom.IElement Upload(IRenderedComponent<RegisterPage> page) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() is "Upload" or "Checking…");

    [Fact]
    public async Task Anonymous_SeesResellerIdFieldAndBothContacts_UploadDisabledUntilAFileIsChosen()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, UserContext.Anonymous);
        ctx.RenderProviders();

        var page = ctx.Render<RegisterPage>();

        Assert.NotNull(VouchersPageTests.Input(page, "reseller-id"));
        Assert.Contains("appsuite.access@partner-console.test", page.Find("[data-testid=appsuite-contact-access]").TextContent);
        Assert.Contains("appsuite.support@partner-console.test", page.Find("[data-testid=appsuite-contact-support]").TextContent);
        Assert.Equal("App Suite portal", page.Find("[data-testid=reseller-number]").TextContent.Trim());
        Assert.True(Upload(page).HasAttribute("disabled"));
    }

    [Fact]
    public async Task SignedIn_NoResellerIdFieldNorAccessContact()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();

        var page = ctx.Render<RegisterPage>();

        Assert.Empty(page.FindAll("[data-testid=reseller-id]"));
        Assert.Empty(page.FindAll("[data-testid=appsuite-contact-access]"));
        Assert.NotEmpty(page.FindAll("[data-testid=appsuite-contact-support]"));
    }

    [Fact]
    public async Task Upload_SampleFromItsMachine_LicenceReadyWithLicencesAndDownload()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, UserContext.Anonymous);
        ctx.RenderProviders();
        var page = ctx.Render<RegisterPage>();

        Choose(page, AppSuiteTestData.Request());
        page.WaitForAssertion(() => Assert.False(Upload(page).HasAttribute("disabled")));
        Upload(page).Click();

        page.WaitForAssertion(() => Assert.Equal($"Licence ready for site {AppSuiteDemo.SampleSiteId}", page.Find("#done-heading").TextContent));
        Assert.NotEmpty(AppSuiteTables.Named(page, "Licences in the file").QuerySelectorAll("tbody tr"));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Download licence file").Click();
        Assert.Contains(ctx.JSInterop.Invocations, i => i.Arguments.Any(a => a is string s && s.StartsWith($"licence-{AppSuiteDemo.SampleSiteId}-")));
    }

    [Fact]
    public async Task Upload_StockedSiteWithResellerIdAndName_SiteGetsTheName()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, UserContext.Anonymous);
        ctx.RenderProviders();
        var page = ctx.Render<RegisterPage>();

        Choose(page, AppSuiteTestData.Request(siteId: AppSuiteDemo.StockedSiteId));
        VouchersPageTests.Input(page, "reseller-id").Change("104233");
        VouchersPageTests.Input(page, "site-name").Change("Orchard Street Clinic");
        page.WaitForAssertion(() => Assert.False(Upload(page).HasAttribute("disabled")));
        Upload(page).Click();

        page.WaitForAssertion(() => Assert.Equal($"Licence ready for site {AppSuiteDemo.StockedSiteId}", page.Find("#done-heading").TextContent));
        await using var db = await console.SystemDbAsync();
        Assert.Equal("Orchard Street Clinic", await db.Set<AppSuiteSite>().Where(s => s.Id == AppSuiteDemo.StockedSiteId).Select(s => s.Name).SingleAsync());
    }

    [Fact]
    public async Task Upload_NotARequest_RefusalInAnAlert()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, UserContext.Anonymous);
        ctx.RenderProviders();
        var page = ctx.Render<RegisterPage>();

        Choose(page, "hello"u8.ToArray(), "notes.txt");
        page.WaitForAssertion(() => Assert.False(Upload(page).HasAttribute("disabled")));
        Upload(page).Click();

        page.WaitForAssertion(() => Assert.Contains("not a licence request file", page.Find("[data-testid=register-refused]").TextContent));
        Assert.Empty(page.FindAll("#done-heading"));
    }

    [Fact]
    public async Task SiteNameTooLong_FieldMessageAndNothingUploaded()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, UserContext.Anonymous);
        ctx.RenderProviders();
        var page = ctx.Render<RegisterPage>();

        Choose(page, AppSuiteTestData.Request(siteId: AppSuiteDemo.StockedSiteId));
        VouchersPageTests.Input(page, "site-name").Change(new string('n', SiteNames.MaxLength + 5));
        page.WaitForAssertion(() => Assert.False(Upload(page).HasAttribute("disabled")));
        Upload(page).Click();

        page.WaitForAssertion(() => Assert.Contains($"A site name is at most {SiteNames.MaxLength} characters.", page.Markup));
        Assert.Empty(page.FindAll("#done-heading"));
        await using var db = await console.SystemDbAsync();
        Assert.False(await db.Set<LicenceRequestRecord>().AnyAsync());
    }
}

public sealed class ResellerNumberBadgeTests
{
    [Fact]
    public async Task SignedInReseller_ShowsTheResellerNumber()
    {
        await using var ctx = new BunitContext();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ConsoleClaims.ResellerNumber, "104233")], "test"));
        var badge = ctx.Render<ResellerNumberBadge>(p => p.AddCascadingValue(Task.FromResult(new AuthenticationState(principal))));
        Assert.Equal("Reseller Number: 104233", badge.Find("[data-testid=reseller-number]").TextContent.Trim());
    }

    [Fact]
    public async Task Anonymous_ShowsThePortalName()
    {
        await using var ctx = new BunitContext();
        var badge = ctx.Render<ResellerNumberBadge>(p => p.AddCascadingValue(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())))));
        Assert.Equal("App Suite portal", badge.Find("[data-testid=reseller-number]").TextContent.Trim());
    }
}

public sealed class AppSuiteContactCardTests
{
    [Fact]
    public async Task Configured_ShowsNameMailPhoneAndHours()
    {
        await using var console = await TestConsole.StartAsync(settings: new()
        {
            ["AppSuite:Contacts:Support:Name"] = "Reseller desk",
            ["AppSuite:Contacts:Support:Email"] = "desk@vendor.test",
            ["AppSuite:Contacts:Support:Phone"] = "+1 555 0100",
            ["AppSuite:Contacts:Support:Hours"] = "24/7",
        });
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, UserContext.Anonymous);
        // bUnit answers IOptions<> itself; hand over the console's configured options.
        ctx.Services.AddSingleton(console.Services.GetRequiredService<IOptions<AppSuiteOptions>>());

        var card = ctx.Render<AppSuiteContactCard>(p => p.Add(c => c.Purpose, AppSuiteContactCard.ContactPurpose.Support));

        var text = card.Find("[data-testid=appsuite-contact-support]").TextContent;
        Assert.Contains("Reseller desk", text);
        Assert.Contains("24/7", text);
        Assert.Equal("mailto:desk@vendor.test", card.Find("a[href^=mailto]").GetAttribute("href"));
        Assert.Equal("tel:+15550100", card.Find("a[href^=tel]").GetAttribute("href"));
    }

    [Fact]
    public async Task NoEmailNorPhone_RendersNothing()
    {
        await using var console = await TestConsole.StartAsync(settings: new()
        {
            ["AppSuite:Contacts:Access:Email"] = "",
            ["AppSuite:Contacts:Access:Phone"] = "",
        });
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, UserContext.Anonymous);
        // bUnit answers IOptions<> itself; hand over the console's configured options.
        ctx.Services.AddSingleton(console.Services.GetRequiredService<IOptions<AppSuiteOptions>>());

        var card = ctx.Render<AppSuiteContactCard>(p => p.Add(c => c.Purpose, AppSuiteContactCard.ContactPurpose.Access));

        Assert.Empty(card.FindAll("[data-testid=appsuite-contact-access]"));
    }
}
