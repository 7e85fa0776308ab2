using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Mail;
using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class AppSuiteMailTests
{
    private static PortalUser User(string email, bool sales, bool technical, bool swas) =>
        new() { ConsoleUserId = email, Name = email, Email = email, SalesEmails = sales, TechnicalEmails = technical, SwasAlerts = swas };

    [Fact]
    public void Recipients_FollowSubscriptions()
    {
        PortalUser[] users = [User("s@x.test", true, false, false), User("t@x.test", false, true, false), User("w@x.test", false, false, true), User("all@x.test", true, true, true)];
        Assert.Equal(["all@x.test", "t@x.test"], AppSuiteMailRouting.Recipients(AppSuiteMailRouting.RegistrationKind, users, "extra@x.test"));
        Assert.Equal(["all@x.test", "extra@x.test", "w@x.test"], AppSuiteMailRouting.Recipients(AppSuiteMailRouting.SwasAlertKind, users, "extra@x.test"));
        Assert.Equal(["all@x.test", "s@x.test"], AppSuiteMailRouting.Recipients(AppSuiteMailRouting.SalesKind, users, "extra@x.test"));
        Assert.Equal(["all@x.test", "w@x.test"], AppSuiteMailRouting.Recipients(AppSuiteMailRouting.SwasAlertKind, users, null));
    }

    [Fact]
    public async Task SwasAlertScan_SitesExpiringSoon_AlertsOncePerSiteAndExpiry()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        var today = DateTime.UtcNow.Date;
        await using (var db = await console.SystemDbAsync())
        {
            var site = await db.Set<AppSuiteSite>().SingleAsync(s => s.Id == AppSuiteDemo.PreFiveSiteId);
            site.SwasExpiry = today.AddDays(10);
            await db.SaveChangesAsync();
        }
        var scanner = console.Services.GetRequiredService<SwasAlertService>();
        var first = await scanner.ScanAsync(today);
        Assert.True(first >= 1);
        Assert.Equal(0, await scanner.ScanAsync(today));

        await using var check = await console.SystemDbAsync();
        var to = await check.Set<OutboxMail>().Where(m => m.Kind == AppSuiteMailRouting.SwasAlertKind && m.Subject.Contains(AppSuiteDemo.PreFiveSiteId.ToString()))
            .Select(m => m.To).OrderBy(t => t).ToListAsync();
        // Riley subscribes to SWAS alerts, Robin does not; the reseller's SWAS Upgrade Email Address is added.
        Assert.Equal(["renewals@bluebell-systems.test", "reseller.admin@demo.test"], to);
        Assert.Single(await check.Set<SwasAlertSent>().Where(a => a.SiteId == AppSuiteDemo.PreFiveSiteId).ToListAsync());

        // A renewed SWAS is a new term: it gets its own alert when it nears its end.
        await using (var db = await console.SystemDbAsync())
        {
            var site = await db.Set<AppSuiteSite>().SingleAsync(s => s.Id == AppSuiteDemo.PreFiveSiteId);
            site.SwasExpiry = today.AddDays(20);
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, await scanner.ScanAsync(today));
    }
}
