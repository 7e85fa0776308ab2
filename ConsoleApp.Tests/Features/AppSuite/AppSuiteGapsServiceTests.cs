using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Mail;
using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Mail;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class AppSuiteContactsTests
{
    [Fact]
    public async Task Contacts_FromConfiguration_OverrideTheDefaults()
    {
        await using var console = await TestConsole.StartAsync(settings: new()
        {
            ["AppSuite:Contacts:Support:Email"] = "help@reseller-desk.test",
            ["AppSuite:Contacts:Access:Phone"] = "+44 20 5550 0000",
        });
        var contacts = console.Services.GetRequiredService<IOptions<AppSuiteOptions>>().Value.Contacts;
        Assert.Equal("help@reseller-desk.test", contacts.Support.Email);
        Assert.Equal("+44 20 5550 0000", contacts.Access.Phone);
        Assert.False(contacts.Access.IsEmpty);
    }
}

public sealed class SiteCertificateTests
{
    private static async Task<SiteRow> RowAsync(TestConsole console, UserContext user, int siteId)
    {
        await using var scope = console.As(user);
        return (await console.Get<SiteService>(scope).SearchAsync(new SiteFilter(siteId.ToString()), new PageRequest())).Items.Single(r => r.Id == siteId);
    }

    private static async Task<int> VoucherIdAsync(TestConsole console, string code)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<AppSuiteVoucher>().Where(v => v.Code == code).Select(v => v.Id).SingleAsync();
    }

    [Fact]
    public async Task Certificate_UnregisteredSite_NotIssued()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        var row = await RowAsync(console, TestUsers.ResellerUser, AppSuiteDemo.UnregisteredSiteId);
        Assert.Equal((CertificateState.NotIssued, (DateTime?)null), (row.Certificate, row.CertificateIssuedAt));
    }

    [Fact]
    public async Task Certificate_VoucherAssignedOnPortal_NeedsUpdate_UntilTheSiteRegistersAgain()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        Assert.Equal(CertificateState.Current, (await RowAsync(console, TestUsers.ResellerUser, AppSuiteDemo.PreFiveSiteId)).Certificate);

        await using (var scope = console.As(TestUsers.ResellerUser))
            await console.Get<VoucherService>(scope).AssignAsync(await VoucherIdAsync(console, AppSuiteDemo.UnusedVoucherCode), AppSuiteDemo.PreFiveSiteId);
        var row = await RowAsync(console, TestUsers.ResellerUser, AppSuiteDemo.PreFiveSiteId);
        Assert.Equal(CertificateState.UpdateNeeded, row.Certificate);
        await using (var scope = console.As(TestUsers.ResellerUser))
            Assert.Equal(CertificateState.UpdateNeeded, (await console.Get<SiteService>(scope).DetailsAsync(AppSuiteDemo.PreFiveSiteId)).Site.Certificate);

        // Registering again issues a certificate with every licence, the new one included.
        await using (var scope = console.As(TestUsers.ResellerUser))
        {
            var result = await console.Get<RegistrationService>(scope).RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.PreFiveSiteId, version: "4.3"), "r.json", null);
            Assert.True(result.Accepted, result.Message);
        }
        row = await RowAsync(console, TestUsers.ResellerUser, AppSuiteDemo.PreFiveSiteId);
        Assert.Equal(CertificateState.Current, row.Certificate);
        Assert.Equal(DateTime.UtcNow.Date, row.CertificateIssuedAt!.Value.Date);
    }

    [Fact]
    public async Task Certificate_InCsvExport()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        var csv = System.Text.Encoding.UTF8.GetString(await console.Get<SiteService>(scope).ExportCsvAsync(new SiteFilter(AppSuiteDemo.UnregisteredSiteId.ToString())));
        Assert.Contains("Certificate", csv.Split('\n')[0]);
        Assert.Contains("Not issued", csv);
    }
}

public sealed class AppSuiteOrderUpdateMailTests
{
    private static async Task<List<string>> MailsAsync(TestConsole console, string kind)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<OutboxMail>().Where(m => m.Kind == kind).Select(m => m.To).OrderBy(t => t).ToListAsync();
    }

    private static async Task MakeMainContactAsync(TestConsole console, string consoleUserId)
    {
        await using var db = await console.SystemDbAsync();
        foreach (var u in await db.Set<PortalUser>().Where(u => u.ResellerId == DemoData.ResellerId).ToListAsync()) u.IsMainContact = false;
        await db.SaveChangesAsync();
        var main = await db.Set<PortalUser>().SingleAsync(u => u.ConsoleUserId == consoleUserId);
        main.IsMainContact = true;
        main.TechnicalEmails = false;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task VoucherAssigned_MailsTheMainContactOnly_ThroughTheOutbox()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await MakeMainContactAsync(console, "demo-reseller-user");
        int id;
        await using (var db = await console.SystemDbAsync())
            id = await db.Set<AppSuiteVoucher>().Where(v => v.Code == AppSuiteDemo.UnusedVoucherCode).Select(v => v.Id).SingleAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await console.Get<VoucherService>(scope).AssignAsync(id, AppSuiteDemo.PreFiveSiteId);

        Assert.Equal(["reseller.user@demo.test"], await MailsAsync(console, AppSuiteMailRouting.OrderUpdateKind));
        await using var check = await console.SystemDbAsync();
        var mail = await check.Set<OutboxMail>().SingleAsync(m => m.Kind == AppSuiteMailRouting.OrderUpdateKind);
        Assert.Contains(AppSuiteDemo.UnusedVoucherCode, mail.Subject);
        Assert.Contains(AppSuiteDemo.PreFiveSiteId.ToString(), mail.Body);
        Assert.Contains("Riley Reseller", mail.Body);
    }

    [Fact]
    public async Task VoucherAssignRefused_SendsNoMail()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        int id;
        await using (var db = await console.SystemDbAsync())
            id = await db.Set<AppSuiteVoucher>().Where(v => v.Code == AppSuiteDemo.UnusedVoucherCode).Select(v => v.Id).SingleAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<VoucherService>(scope).AssignAsync(id, AppSuiteDemo.SampleSiteId));
        Assert.Empty(await MailsAsync(console, AppSuiteMailRouting.OrderUpdateKind));
    }

    [Fact]
    public async Task SiteRegistered_MailsTheMainContactAndTechnicalSubscribers()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        // Robin becomes main contact without Technical mail; Riley keeps Technical.
        await MakeMainContactAsync(console, "demo-reseller-user");
        await using var scope = console.As(UserContext.Anonymous);
        Assert.True((await console.Get<RegistrationService>(scope).RegisterAsync(AppSuiteTestData.Request(), "r.json", null)).Accepted);
        Assert.Equal(["reseller.admin@demo.test", "reseller.user@demo.test"], await MailsAsync(console, AppSuiteMailRouting.RegistrationKind));
    }

    [Fact]
    public void Recipients_OrderUpdate_IsTheMainContact()
    {
        PortalUser[] users =
        [
            new() { ConsoleUserId = "a", Name = "a", Email = "a@x.test", IsMainContact = true },
            new() { ConsoleUserId = "b", Name = "b", Email = "b@x.test", TechnicalEmails = true, SalesEmails = true, SwasAlerts = true },
        ];
        Assert.Equal(["a@x.test"], AppSuiteMailRouting.Recipients(AppSuiteMailRouting.OrderUpdateKind, users, "extra@x.test"));
        Assert.Equal(["a@x.test", "b@x.test"], AppSuiteMailRouting.Recipients(AppSuiteMailRouting.RegistrationKind, users, null));
        Assert.Equal(["b@x.test"], AppSuiteMailRouting.Recipients(AppSuiteMailRouting.TechnicalKind, users, null));
    }
}

public sealed class BulletinServiceTests
{
    [Fact]
    public async Task Send_Technical_GoesToTechnicalSubscribersThroughTheOutboxWithAudit()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var sent = await console.Get<BulletinService>(scope).SendAsync(new BulletinInput(BulletinKind.Technical, " Release 5.1 notes ", "What changed in 5.1."));

        Assert.Equal(2, sent);
        await using var db = await console.SystemDbAsync();
        var mails = await db.Set<OutboxMail>().Where(m => m.Kind == AppSuiteMailRouting.TechnicalKind).OrderBy(m => m.To).ToListAsync();
        Assert.Equal(["reseller.admin@demo.test", "reseller.user@demo.test"], mails.Select(m => m.To));
        Assert.All(mails, m => Assert.Equal("Release 5.1 notes", m.Subject));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "BulletinSent"));
    }

    [Fact]
    public async Task Send_Sales_OnlySalesSubscribers()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        Assert.Equal(1, await console.Get<BulletinService>(scope).SendAsync(new BulletinInput(BulletinKind.Sales, "Spring offer", "Ten percent off.")));
        await using var db = await console.SystemDbAsync();
        Assert.Equal(["reseller.admin@demo.test"], await db.Set<OutboxMail>().Where(m => m.Kind == AppSuiteMailRouting.SalesKind).Select(m => m.To).ToListAsync());
    }

    [Fact]
    public async Task Send_NobodySubscribed_RefusedAndNothingQueued()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using (var db = await console.SystemDbAsync())
        {
            foreach (var u in await db.Set<PortalUser>().ToListAsync()) u.SalesEmails = false;
            await db.SaveChangesAsync();
        }
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<BulletinService>(scope).SendAsync(new BulletinInput(BulletinKind.Sales, "S", "B")));
        Assert.Contains("reach nobody", ex.Message);
        await using var check = await console.SystemDbAsync();
        Assert.False(await check.Set<OutboxMail>().AnyAsync(m => m.Kind == AppSuiteMailRouting.SalesKind));
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action == "BulletinSent"));
    }

    [Fact]
    public async Task Send_EmptySubjectAndBody_FieldErrors()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<BulletinService>(scope).SendAsync(new BulletinInput(BulletinKind.Technical, " ", "")));
        Assert.Equal(["Body", "Subject"], ex.FieldErrors.Keys.Order());
    }

    [Fact]
    public async Task Send_ByResellerUser_Refused()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<BulletinService>(scope).SendAsync(new BulletinInput(BulletinKind.Technical, "S", "B")));
    }
}

public sealed class StockedSiteNameTests
{
    private static async Task<string?> NameAsync(TestConsole console, int siteId)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<AppSuiteSite>().Where(s => s.Id == siteId).Select(s => s.Name).SingleAsync();
    }

    [Fact]
    public async Task Register_StockedSiteAnonymouslyWithoutName_IsNamedAfterItsId()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        var result = await console.Get<RegistrationService>(scope).RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.StockedSiteId), "r.json", "104233");
        Assert.True(result.Accepted, result.Message);
        Assert.Equal($"Site {AppSuiteDemo.StockedSiteId}", await NameAsync(console, AppSuiteDemo.StockedSiteId));

        await using var reseller = console.As(TestUsers.ResellerUser);
        var row = (await console.Get<SiteService>(reseller).SearchAsync(new SiteFilter(AppSuiteDemo.StockedSiteId.ToString()), new PageRequest())).Items.Single();
        Assert.Equal(($"Site {AppSuiteDemo.StockedSiteId}", CertificateState.Current), (row.Name, row.Certificate));
    }

    [Fact]
    public async Task Register_StockedSiteAnonymouslyWithName_KeepsTheNameEntered()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        var result = await console.Get<RegistrationService>(scope).RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.StockedSiteId), "r.json", "104233",
            siteName: "  Quarry Lane Dental  ");
        Assert.True(result.Accepted, result.Message);
        Assert.Equal("Quarry Lane Dental", await NameAsync(console, AppSuiteDemo.StockedSiteId));
    }

    [Fact]
    public async Task Register_NamedSite_KeepsItsNameWhateverIsEntered()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        var before = await NameAsync(console, AppSuiteDemo.SampleSiteId);
        await using var scope = console.As(UserContext.Anonymous);
        Assert.True((await console.Get<RegistrationService>(scope).RegisterAsync(AppSuiteTestData.Request(), "r.json", null, siteName: "Other name")).Accepted);
        Assert.NotNull(before);
        Assert.Equal(before, await NameAsync(console, AppSuiteDemo.SampleSiteId));
    }

    [Fact]
    public async Task Register_NameTooLong_RefusedAndNothingChanged()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(UserContext.Anonymous);
        var result = await console.Get<RegistrationService>(scope).RegisterAsync(AppSuiteTestData.Request(siteId: AppSuiteDemo.StockedSiteId), "r.json", "104233",
            siteName: new string('x', SiteNames.MaxLength + 1));
        Assert.Equal(RegistrationRefusal.SiteNameInvalid, result.Refusal);
        await using var db = await console.SystemDbAsync();
        Assert.False(await db.Set<AppSuiteSite>().AnyAsync(s => s.Id == AppSuiteDemo.StockedSiteId));
    }
}
