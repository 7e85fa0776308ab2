using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.AppSuite.Mail;

public enum BulletinKind { Sales, Technical }

public sealed record BulletinInput(BulletinKind Kind, string Subject, string Body);

/// <summary>The rules of a bulletin, shared by the form (as the user types) and the service.</summary>
public static class BulletinRules
{
    public const int MaxSubject = 200;
    public const int MaxBody = 10_000;

    public static IReadOnlyDictionary<string, string> Validate(BulletinInput input)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Subject) || input.Subject.Trim().Length > MaxSubject) errors["Subject"] = $"Enter a subject (up to {MaxSubject} characters).";
        if (string.IsNullOrWhiteSpace(input.Body) || input.Body.Trim().Length > MaxBody) errors["Body"] = $"Enter the message (up to {MaxBody:N0} characters).";
        return errors;
    }

    public static string Subscription(BulletinKind kind) => kind == BulletinKind.Sales ? "Sales" : "Technical";

    public static string MailKind(BulletinKind kind) => kind == BulletinKind.Sales ? AppSuiteMailRouting.SalesKind : AppSuiteMailRouting.TechnicalKind;
}

/// <summary>
/// A portal Admin sends a Sales or Technical bulletin to the reseller's users subscribed to it. The mails are queued
/// on the outbox in the same transaction as the audit entry, so a bulletin is either recorded and sent, or neither.
/// </summary>
public sealed class BulletinService(ConsoleDb consoleDb, AppSuiteMailer mailer, ILogger<BulletinService> logger)
{
    /// <summary>Returns how many users the bulletin went to.</summary>
    public async Task<int> SendAsync(BulletinInput input, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var resellerId = AppSuiteAccess.RequireResellerAdmin(user);
        var errors = BulletinRules.Validate(input);
        if (errors.Count > 0) throw new ValidationFailedException(string.Join(" ", errors.Values), errors);
        await using var db = await consoleDb.OpenAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var kind = BulletinRules.MailKind(input.Kind);
        var sent = await mailer.EnqueueAsync(db, resellerId, kind, input.Subject.Trim(), input.Body.Trim(), ct);
        if (sent == 0)
            throw new ValidationFailedException($"No user subscribes to {BulletinRules.Subscription(input.Kind)} e-mails, so the bulletin would reach nobody.");
        AuditLog.Record(db, user, "AppSuiteBulletin", resellerId, "BulletinSent", null,
            new { kind = BulletinRules.Subscription(input.Kind), subject = input.Subject.Trim(), recipients = sent });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        mailer.Flush();
        logger.LogInformation("{Kind} bulletin sent to {Count} user(s) of reseller {ResellerId}", input.Kind, sent, resellerId);
        return sent;
    }
}
