using ConsoleApp.Components.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Tests.Platform;

public sealed class MailOutboxTests
{
    [Fact]
    public async Task SendPending_CommittedMail_WritesEmlToPickupDirectoryOnce()
    {
        await using var console = await TestConsole.StartAsync();
        var outbox = console.Services.GetRequiredService<MailOutbox>();
        await using (var db = await console.SystemDbAsync())
        {
            outbox.Enqueue(db, "ops@example.test", "SWAS expires soon", "Site 18424 has no SWAS.", "test.alert");
            await db.SaveChangesAsync();
        }
        var sender = console.Services.GetRequiredService<MailOutboxSender>();
        Assert.Equal(1, await sender.SendPendingAsync());
        Assert.Equal(0, await sender.SendPendingAsync());

        var directory = console.Services.GetRequiredService<IOptions<MailSettings>>().Value.PickupDirectory;
        var eml = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(directory, "*.eml")));
        Assert.Contains("To: ops@example.test", eml);
        Assert.Contains("Subject: SWAS expires soon", eml);
    }

    [Fact]
    public async Task Enqueue_RolledBackTransaction_SendsNothing()
    {
        await using var console = await TestConsole.StartAsync();
        var outbox = console.Services.GetRequiredService<MailOutbox>();
        await using (var db = await console.SystemDbAsync())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            outbox.Enqueue(db, "ops@example.test", "Never", "Rolled back", "test.rollback");
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        Assert.Equal(0, await console.Services.GetRequiredService<MailOutboxSender>().SendPendingAsync());
    }

    [Fact]
    public void Enqueue_InvalidAddress_IsRefusedBeforeAnyWrite()
    {
        var outbox = new MailOutbox(new MailOutboxSignal(), TimeProvider.System);
        Assert.Throws<ArgumentException>(() => outbox.Enqueue(null!, "not an address", "s", "b", "k"));
    }

    [Fact]
    public async Task SendPending_UnreachableSmtpServer_KeepsMailWithErrorForRetry()
    {
        await using var console = await TestConsole.StartAsync(settings: new() { ["Mail:SmtpHost"] = "127.0.0.1", ["Mail:SmtpPort"] = "1" });
        await using (var db = await console.SystemDbAsync())
        {
            console.Services.GetRequiredService<MailOutbox>().Enqueue(db, "ops@example.test", "s", "b", "test.retry");
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await console.Services.GetRequiredService<MailOutboxSender>().SendPendingAsync());
        await using var check = await console.SystemDbAsync();
        var mail = await check.Set<OutboxMail>().SingleAsync();
        Assert.Equal((1, (DateTime?)null), (mail.Attempts, mail.SentAt));
        Assert.False(string.IsNullOrEmpty(mail.LastError));
    }
}
