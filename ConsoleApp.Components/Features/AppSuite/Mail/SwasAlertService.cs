using System.Globalization;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.AppSuite.Mail;

/// <summary>
/// Sends the SWAS expiry alert for every site whose SWAS ends within <see cref="AppSuiteOptions.SwasAlertDays"/>
/// days, once per site per expiry date (a renewed SWAS gets its own alert later). Each site commits on its own.
/// </summary>
public sealed class SwasAlertService(
    IDbContextFactory<ConsoleDbContext> factory,
    AppSuiteMailer mailer,
    IOptions<AppSuiteOptions> options,
    TimeProvider clock, ILogger<SwasAlertService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(clock.GetUtcNow().UtcDateTime.Date, stoppingToken);
                await Task.Delay(options.Value.SwasAlertInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "SWAS alert scan failed");
                await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
            }
        }
    }

    /// <summary>Alerts due on <paramref name="today"/>; returns how many sites were alerted. Public for tests.</summary>
    public async Task<int> ScanAsync(DateTime today, CancellationToken ct = default)
    {
        var until = today.Date.AddDays(options.Value.SwasAlertDays);
        List<AppSuiteSite> due;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.ScopeTo(UserContext.System);
            var alerted = db.Set<SwasAlertSent>();
            due = await db.Set<AppSuiteSite>().AsNoTracking()
                .Where(s => s.SwasExpiry != null && s.SwasExpiry >= today.Date && s.SwasExpiry <= until)
                .Where(s => !alerted.Any(a => a.SiteId == s.Id && a.SwasExpiry == s.SwasExpiry))
                .OrderBy(s => s.SwasExpiry).ToListAsync(ct);
        }
        var sent = 0;
        foreach (var site in due)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            db.ScopeTo(UserContext.System);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var expiry = site.SwasExpiry!.Value;
            var label = expiry.ToString("dd MMM yyyy", CultureInfo.InvariantCulture);
            db.Add(new SwasAlertSent { SiteId = site.Id, SwasExpiry = expiry, ResellerId = site.ResellerId, SentAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                // The marker row goes first: if another scan got here first, its key stops this one before any mail.
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                continue;
            }
            var recipients = await mailer.EnqueueAsync(db, site.ResellerId, AppSuiteMailRouting.SwasAlertKind,
                $"SWAS for App Suite site {site.Id} expires on {label}",
                $"The Software Assurance (SWAS) of site {site.Id}{(site.Name is null ? "" : $" ({site.Name})")} expires on {label}.\n"
                + "Open the site's details in the App Suite portal to see the SWAS parts to order for renewal.", ct);
            db.Set<SwasAlertSent>().Local.Single().Recipients = recipients;
            AuditLog.Record(db, UserContext.System, "AppSuiteSite", site.Id, "SwasAlertSent", null, new { expiry = expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), recipients });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            sent++;
        }
        if (sent > 0)
        {
            mailer.Flush();
            logger.LogInformation("SWAS expiry alerts sent for {Count} site(s)", sent);
        }
        return sent;
    }
}
