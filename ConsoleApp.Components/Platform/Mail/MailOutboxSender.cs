using System.Net;
using System.Net.Mail;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Platform.Mail;

/// <summary>
/// Sends queued mail through System.Net.Mail: to the configured SMTP server, or as .eml files into the pickup
/// directory when none is set. A failed message is retried on later rounds up to MaxAttempts.
/// On PostgreSQL every instance sends: a round claims its batch with <c>FOR UPDATE SKIP LOCKED</c> in a transaction
/// held until the batch is marked sent, so two instances never take the same message. (SQLite runs one instance.)
/// </summary>
public sealed class MailOutboxSender(
    IDbContextFactory<ConsoleDbContext> factory,
    MailOutboxSignal signal,
    IOptions<MailSettings> options,
    TimeProvider clock, ILogger<MailOutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendPendingAsync(stoppingToken);
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Mail outbox round failed");
                await Task.Delay(Poll, stoppingToken);
            }
        }
    }

    /// <summary>Sends everything pending now; returns how many were sent. Public for tests.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.ScopeTo(UserContext.System);
        var postgres = db.Database.IsNpgsql();
        await using var claim = postgres ? await db.Database.BeginTransactionAsync(ct) : null;
        var pending = postgres
            ? await db.Set<OutboxMail>().FromSql($"""
                SELECT * FROM "OutboxMails" WHERE "SentAt" IS NULL AND "Attempts" < {settings.MaxAttempts}
                ORDER BY "Id" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct)
            : await db.Set<OutboxMail>()
                .Where(m => m.SentAt == null && m.Attempts < settings.MaxAttempts)
                .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (pending.Count == 0) return 0;

        using var client = CreateClient(settings);
        var sent = 0;
        foreach (var mail in pending)
        {
            mail.Attempts++;
            try
            {
                using var message = new MailMessage(settings.From, mail.To, mail.Subject, mail.Body);
                await client.SendMailAsync(message, ct);
                mail.SentAt = clock.GetUtcNow().UtcDateTime;
                mail.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is SmtpException or IOException or InvalidOperationException or FormatException)
            {
                mail.LastError = ex.Message;
                logger.LogWarning(ex, "Could not send mail {MailId} ({Kind}) to {To}", mail.Id, mail.Kind, mail.To);
            }
        }
        await db.SaveChangesAsync(ct);
        if (claim is not null) await claim.CommitAsync(ct);
        return sent;
    }

    private static SmtpClient CreateClient(MailSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = settings.PickupDirectory };
        }
        var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.EnableSsl };
        if (!string.IsNullOrEmpty(settings.UserName))
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        return client;
    }
}
