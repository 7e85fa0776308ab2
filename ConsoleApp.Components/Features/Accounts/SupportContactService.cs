using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Mail;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>
/// Assigns and removes an account's support contacts. Rules: e-mail unique per account (case-insensitive); the last
/// contact cannot be removed, because issue reports would then reach nobody. A new contact is told by e-mail.
/// </summary>
public sealed class SupportContactService(ConsoleDb consoleDb, IChangeNotifier notifier, MailOutbox outbox, TimeProvider clock, ILogger<SupportContactService> logger)
{
    public const string Entity = "SupportContact";

    public async Task<int> AddAsync(int accountId, SupportContactInput input, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequireViewer(user);
        var (contact, errors) = CustomerInfoRules.Validate(input);
        if (errors.Count > 0) throw Refused(accountId, "Some fields need attention: " + string.Join(" ", errors.Values), errors);

        await using var db = await consoleDb.OpenAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await AccountAccess.LoadEditableAsync(db, user, accountId, ct);
        if (await db.Set<SupportContact>().AnyAsync(c => c.AccountId == accountId && c.Email == contact.Email, ct))
            throw Refused(accountId, $"{contact.Email} is already a support contact of {account.Name}.",
                new Dictionary<string, string> { [nameof(SupportContactInput.Email)] = "Already a support contact of this account." });

        var row = new SupportContact
        {
            PartnerId = account.PartnerId, AccountId = account.Id, Name = contact.Name, Email = contact.Email,
            Phone = contact.Phone, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        AuditLog.Record(db, user, Entity, row.Id, "SupportContactAdded", null,
            new { AccountId = account.Id, Account = account.Name, row.Name, row.Email, row.Phone }, account.PartnerId);
        outbox.Enqueue(db, row.Email, $"You are now a support contact for {account.Name}",
            $"Hello {row.Name},\n\n{user.DisplayName} added you as a support contact of the customer account {account.Name} " +
            $"(Account ID {account.AccountKey}). Issue reports for this account will be sent to {row.Email}.\n", "SupportContactAdded");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        outbox.Flush();
        AccountTopics.PublishAccount(notifier, account.PartnerId, account.Id, "contacts");
        return row.Id;
    }

    public async Task RemoveAsync(int accountId, int contactId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequireViewer(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        // BEGIN IMMEDIATE: two users removing the last two contacts at once are serialized, so the count holds.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = await AccountAccess.LoadEditableAsync(db, user, accountId, ct);
        var contact = await db.Set<SupportContact>().SingleOrDefaultAsync(c => c.Id == contactId && c.AccountId == accountId, ct)
            ?? throw new NotFoundException("That support contact is no longer assigned to this account.");
        if (await db.Set<SupportContact>().CountAsync(c => c.AccountId == accountId, ct) <= 1)
            throw Refused(accountId, $"{contact.Name} is the only support contact of {account.Name}. Issue reports need someone to go to: " +
                "assign another contact first, then remove this one.");

        db.Remove(contact);
        AuditLog.Record(db, user, Entity, contact.Id, "SupportContactRemoved",
            new { AccountId = account.Id, Account = account.Name, contact.Name, contact.Email, contact.Phone }, null, account.PartnerId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        AccountTopics.PublishAccount(notifier, account.PartnerId, account.Id, "contacts");
    }

    private ValidationFailedException Refused(int accountId, string message, Dictionary<string, string>? errors = null)
    {
        logger.LogInformation("Support contact change on account {AccountId} refused: {Reason}", accountId, message);
        return new ValidationFailedException(message, errors);
    }
}
