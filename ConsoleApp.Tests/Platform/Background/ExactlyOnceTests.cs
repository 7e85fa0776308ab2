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
        var subjects = new[] { a, b }
            .SelectMany(c => Directory.GetFiles(c.Services.GetRequiredService<IOptions<MailSettings>>().Value.PickupDirectory, "*.eml"))
            .Select(f => File.ReadLines(f).First(l => l.StartsWith("Subject: ", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(100, subjects.Count);
        Assert.Equal(100, subjects.Distinct().Count());
        await using var check = await a.SystemDbAsync();
        Assert.True(await check.Set<OutboxMail>().AllAsync(m => m.SentAt != null && m.Attempts == 1));
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
