using System.Runtime.CompilerServices;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ConsoleApp.Components.Platform.Audit;

/// <summary>
/// The audit writer's save-time half. Every new <see cref="AuditEntry"/> is stamped with the console's clock when
/// it is saved and, once it is committed, published on <see cref="AuditLog.Topic"/> for its partner, so an open
/// audit page shows every audited change live without each feature remembering to publish. Entries saved inside
/// a transaction wait for its commit (and are dropped on rollback); entries saved without one are published
/// right after the save.
/// </summary>
public sealed class AuditPublisher(TimeProvider clock, IChangeNotifier notifier)
{
    private readonly ConditionalWeakTable<DbContext, List<AuditEntry>> _pending = new();

    public IInterceptor[] Interceptors => [new SaveHook(this), new TransactionHook(this)];

    private void Collect(DbContext? db)
    {
        if (db is null) return;
        var pending = _pending.GetOrCreateValue(db);
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added))
        {
            if (entry.Entity.At == default) entry.Entity.At = clock.GetUtcNow().UtcDateTime;
            if (!pending.Contains(entry.Entity)) pending.Add(entry.Entity);
        }
    }

    private void Saved(DbContext? db)
    {
        if (db?.Database.CurrentTransaction is null) Flush(db);
    }

    private void Flush(DbContext? db)
    {
        if (db is null || !_pending.TryGetValue(db, out var pending)) return;
        var committed = pending.ToList();
        pending.Clear();
        foreach (var entry in committed)
            notifier.Publish(AuditLog.Topic, entry.Id, entry.PartnerId is { } p ? Tenant.Partner(p) : new Tenant(entry.TenantKey), entry.Action);
    }

    private void Discard(DbContext? db)
    {
        if (db is not null && _pending.TryGetValue(db, out var pending)) pending.Clear();
    }

    private sealed class SaveHook(AuditPublisher owner) : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            owner.Collect(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            owner.Collect(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            owner.Saved(eventData.Context);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            owner.Saved(eventData.Context);
            return ValueTask.FromResult(result);
        }

        // Outside a transaction nothing was written; the entries are still Added and are collected again on retry.
        public override void SaveChangesFailed(DbContextErrorEventData eventData)
        {
            if (eventData.Context?.Database.CurrentTransaction is null) owner.Discard(eventData.Context);
        }

        public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            SaveChangesFailed(eventData);
            return Task.CompletedTask;
        }
    }

    private sealed class TransactionHook(AuditPublisher owner) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => owner.Flush(eventData.Context);

        public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Flush(eventData.Context);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => owner.Discard(eventData.Context);

        public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Discard(eventData.Context);
            return Task.CompletedTask;
        }

        // Whatever is pending when a transaction starts belongs to one that ended without a commit.
        public override System.Data.Common.DbTransaction TransactionStarted(System.Data.Common.DbConnection connection, TransactionEndEventData eventData, System.Data.Common.DbTransaction result)
        {
            owner.Discard(eventData.Context);
            return result;
        }

        public override ValueTask<System.Data.Common.DbTransaction> TransactionStartedAsync(System.Data.Common.DbConnection connection, TransactionEndEventData eventData, System.Data.Common.DbTransaction result, CancellationToken cancellationToken = default)
        {
            owner.Discard(eventData.Context);
            return ValueTask.FromResult(result);
        }
    }
}
