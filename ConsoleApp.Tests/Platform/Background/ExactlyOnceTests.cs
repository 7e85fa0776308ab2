using ConsoleApp.Components.Platform.Background;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Tests.Platform.Background;

/// <summary>Background work with two console instances on one PostgreSQL database.</summary>
public sealed class ExactlyOnceTests
{
    [PostgresFact]
    public async Task MailOutbox_TwoInstancesSending_EachMailSentExactlyOnce()
    {
        await using var a = await TestConsole.StartAsync(DatabaseProvider.Postgres, seed: false);
        await using var b = TestConsole.Join(a);
        var senders = new[] { a, b }.Select(c => c.Services.GetRequiredService<MailOutboxSender>()).ToArray();
        foreach (var s in senders) Assert.Equal(0, await s.SendPendingAsync()); // both warm, so their rounds overlap
        await using (var db = await a.SystemDbAsync())
        {
            var outbox = a.Services.GetRequiredService<MailOutbox>();
            for (var i = 0; i < 100; i++) outbox.Enqueue(db, $"user{i}@example.test", $"Mail {i:D3}", "Body", "test.bulk");
            await db.SaveChangesAsync();
        }

        // Both instances' senders run their rounds at the same time, as their hosted services would.
        var sent = await Task.WhenAll(senders.Select(s => Task.Run(async () =>
        {
            var total = 0;
            for (var round = 0; round < 6; round++) total += await s.SendPendingAsync();
            return total;
        })));

        Assert.Equal(100, sent.Sum());
        var subjects = new[] { a, b }.SelectMany(SentSubjects).ToList();
        Assert.Equal(100, subjects.Count);
        Assert.Equal(100, subjects.Distinct().Count());
        await using var check = await a.SystemDbAsync();
        Assert.True(await check.Set<OutboxMail>().AllAsync(m => m.SentAt != null && m.Attempts == 1));
    }

    [PostgresFact]
    public async Task MailOutbox_BatchClaimedByAnotherInstance_IsSkippedNotSentTwice()
    {
        await using var a = await TestConsole.StartAsync(DatabaseProvider.Postgres, seed: false);
        await using (var db = await a.SystemDbAsync())
        {
            var outbox = a.Services.GetRequiredService<MailOutbox>();
            for (var i = 0; i < 10; i++) outbox.Enqueue(db, $"user{i}@example.test", $"Mail {i:D3}", "Body", "test.claim");
            await db.SaveChangesAsync();
        }

        // Another instance is in the middle of sending the first four (its claim transaction is open).
        await using var other = await a.SystemDbAsync();
        await using var claim = await other.Database.BeginTransactionAsync();
        var claimed = await other.Set<OutboxMail>()
            .FromSql($"SELECT * FROM \"OutboxMails\" ORDER BY \"Id\" LIMIT 4 FOR UPDATE").ToListAsync();

        Assert.Equal(6, await a.Services.GetRequiredService<MailOutboxSender>().SendPendingAsync());
        Assert.DoesNotContain(SentSubjects(a), s => claimed.Any(c => s.EndsWith(c.Subject, StringComparison.Ordinal)));
        await claim.RollbackAsync(); // that instance failed: the four go out on the next round instead
        Assert.Equal(4, await a.Services.GetRequiredService<MailOutboxSender>().SendPendingAsync());
        Assert.Equal(10, SentSubjects(a).Distinct().Count());
    }

    private static IEnumerable<string> SentSubjects(TestConsole console)
    {
        var directory = console.Services.GetRequiredService<IOptions<MailSettings>>().Value.PickupDirectory;
        return Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.eml").Select(f => File.ReadLines(f).First(l => l.StartsWith("Subject: ", StringComparison.Ordinal)))
            : [];
    }

    [PostgresFact]
    public async Task WorkerLease_HeldByOneInstance_PassesToTheOtherWhenItStops()
    {
        await using var a = await TestConsole.StartAsync(DatabaseProvider.Postgres, seed: false);
        var b = TestConsole.Join(a);
        await using var c = TestConsole.Join(a);
        var worker = $"test.{Guid.NewGuid():N}";

        Assert.True(await b.Services.GetRequiredService<IWorkerLeases>().TryHoldAsync(worker));
        Assert.True(await b.Services.GetRequiredService<IWorkerLeases>().TryHoldAsync(worker)); // still held
        Assert.False(await c.Services.GetRequiredService<IWorkerLeases>().TryHoldAsync(worker));
        Assert.True(await c.Services.GetRequiredService<IWorkerLeases>().TryHoldAsync($"{worker}.other")); // per worker

        await b.DisposeAsync(); // the holder stops: its session ends and the lock with it
        Assert.True(await c.Services.GetRequiredService<IWorkerLeases>().TryHoldAsync(worker));
    }
}
