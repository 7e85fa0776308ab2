using System.Net.Mail;
using ConsoleApp.Components.Platform.Data;

namespace ConsoleApp.Components.Platform.Mail;

/// <summary>Queues e-mails on a context; they are sent only if that context's transaction commits.</summary>
public sealed class MailOutbox(MailOutboxSignal signal, TimeProvider clock)
{
    public void Enqueue(ConsoleDbContext db, string to, string subject, string body, string kind)
    {
        if (!MailAddress.TryCreate(to, out _))
            throw new ArgumentException($"'{to}' is not an e-mail address.", nameof(to));
        db.Add(new OutboxMail { To = to, Subject = subject, Body = body, Kind = kind, CreatedAt = clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>Call after commit so the sender runs now instead of at its next poll.</summary>
    public void Flush() => signal.Raise();
}

/// <summary>Wakes the sender; a poll every few seconds covers a missed signal.</summary>
public sealed class MailOutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Raise()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
