using System.Net.Mail;
using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Mail;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.AppSuite.Mail;

public enum AppSuiteMailCategory { Sales, Technical, SwasAlerts, OrderUpdates }

/// <summary>
/// Who receives which portal e-mail. Sales and Technical bulletins go to the users subscribed to them; SWAS expiry
/// alerts are SWAS/Maintenance mail and also go to the reseller's SWAS Upgrade Email Address. Order updates (a
/// voucher assigned) go to the main contact. A site registered is both: the main contact and the Technical subscribers.
/// </summary>
public static class AppSuiteMailRouting
{
    public const string RegistrationKind = "appsuite.registration";
    public const string SwasAlertKind = "appsuite.swas-alert";
    public const string SalesKind = "appsuite.sales";
    public const string TechnicalKind = "appsuite.technical";
    public const string OrderUpdateKind = "appsuite.order-update";

    public static AppSuiteMailCategory CategoryOf(string kind) => kind switch
    {
        RegistrationKind or TechnicalKind => AppSuiteMailCategory.Technical,
        SwasAlertKind => AppSuiteMailCategory.SwasAlerts,
        SalesKind => AppSuiteMailCategory.Sales,
        OrderUpdateKind => AppSuiteMailCategory.OrderUpdates,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an App Suite mail kind."),
    };

    public static IReadOnlyList<string> Recipients(string kind, IEnumerable<PortalUser> users, string? swasUpgradeEmail)
    {
        var category = CategoryOf(kind);
        var to = users.Where(u => category switch
        {
            AppSuiteMailCategory.Sales => u.SalesEmails,
            AppSuiteMailCategory.Technical => u.TechnicalEmails || (kind == RegistrationKind && u.IsMainContact),
            AppSuiteMailCategory.OrderUpdates => u.IsMainContact,
            _ => u.SwasAlerts,
        }).Select(u => u.Email).ToList();
        if (category == AppSuiteMailCategory.SwasAlerts && !string.IsNullOrWhiteSpace(swasUpgradeEmail)) to.Add(swasUpgradeEmail);
        return to.Where(a => MailAddress.TryCreate(a, out _)).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(a => a, StringComparer.OrdinalIgnoreCase).ToList();
    }
}

/// <summary>Queues a portal e-mail for a reseller's recipients on the caller's context (sent if it commits).</summary>
public sealed class AppSuiteMailer(MailOutbox outbox)
{
    public async Task<int> EnqueueAsync(ConsoleDbContext db, int resellerId, string kind, string subject, string body, CancellationToken ct)
    {
        var users = await db.Set<PortalUser>().IgnoreQueryFilters().Where(u => u.ResellerId == resellerId).ToListAsync(ct);
        var extra = await db.Set<AppSuiteResellerSettings>().IgnoreQueryFilters()
            .Where(s => s.ResellerId == resellerId).Select(s => s.SwasUpgradeEmail).FirstOrDefaultAsync(ct);
        var recipients = AppSuiteMailRouting.Recipients(kind, users, extra);
        foreach (var to in recipients) outbox.Enqueue(db, to, subject, body, kind);
        return recipients.Count;
    }

    public void Flush() => outbox.Flush();
}
