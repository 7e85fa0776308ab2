using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.Orders;

public sealed record IngestResult(OrderRow Order, bool Created);

/// <summary>
/// Orders arriving from purchasing: authenticates the partner's API key, validates, stores the order with its
/// search terms and audit entry in one transaction, then tells every open Orders page of that partner.
/// A SAP order id the partner already has is not stored twice; the existing order is returned (idempotent retry).
/// </summary>
public sealed class OrderIngestionService(
    ConsoleDb consoleDb, IChangeNotifier notifier, IOptions<OrdersOptions> options, TimeProvider clock, ILogger<OrderIngestionService> logger)
{
    /// <summary>The active key with this value, or null. Looked up by its hash, so the key itself is never compared or stored.</summary>
    public async Task<PartnerApiKey?> FindKeyAsync(string? key, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200) return null;
        var hash = PartnerApiKey.Hash(key.Trim());
        await using var db = await consoleDb.OpenAsync(UserContext.System, ct);
        return await db.Set<PartnerApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, ct);
    }

    /// <summary>Who the audit trail shows for an order posted with <paramref name="key"/>.</summary>
    public static UserContext ApiUser(PartnerApiKey key) =>
        new($"api-key:{key.Id}", "", $"Purchasing API ({key.Label})", "PurchasingApi", PartnerId: key.PartnerId);

    public async Task<IngestResult> IngestAsync(PartnerApiKey key, IngestOrderRequest request, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = IngestOrderValidator.Validate(request, now);
        if (errors.Count > 0)
            throw new ValidationFailedException("The order is invalid.", errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)));

        var user = ApiUser(key);
        var sapOrderId = request.SapOrderId!.Trim();
        var perpetual = request.Perpetual == true;
        // Whole microseconds: what every supported database keeps, so the answer to a repeat (read back from the
        // database) is the same JSON as the first answer (made from this object).
        var purchasedAt = IngestOrderValidator.ToUtc(request.PurchasedAt!.Value);
        purchasedAt = purchasedAt.AddTicks(-(purchasedAt.Ticks % 10));
        var order = new PartnerOrder
        {
            PartnerId = key.PartnerId,
            SapOrderId = sapOrderId,
            ResellerPoNumber = request.ResellerPoNumber?.Trim() ?? "",
            ResellerSapId = request.ResellerSapId?.Trim() ?? "",
            CustomerPoNumber = request.CustomerPoNumber?.Trim() ?? "",
            TrackingNumber = request.TrackingNumber!.Trim(),
            Product = IngestOrderValidator.ParseProduct(request.Product!)!.Value,
            Licenses = request.Licenses!.Value,
            TermMonths = perpetual ? 0 : request.TermMonths!.Value,
            IsPerpetual = perpetual,
            PurchasedAt = purchasedAt,
            ExpiresAt = perpetual ? null : purchasedAt.AddMonths(request.TermMonths!.Value),
        };
        await using var db = await consoleDb.OpenAsync(user, ct);
        try
        {
            // SQLite begins this as BEGIN IMMEDIATE: two deliveries of one order queue here, and the second finds the
            // first's order below instead of failing on the unique index. PostgreSQL (read committed) gets the same
            // queue from a transaction-scoped advisory lock on the order's key.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key.PartnerId}, hashtext({sapOrderId}))", ct);
            if (await FindAsync(db, key.PartnerId, sapOrderId, now, ct) is { } existing) return Repeated(existing, key);
            db.Add(order);
            await db.SaveChangesAsync(ct);
            db.AddRange(PartnerOrderSearchTerm.For(order));
            AuditLog.Record(db, user, OrderTopics.AuditEntity, order.Id, "Ingest", null,
                new { order.SapOrderId, order.TrackingNumber, order.Product, order.Licenses, order.TermMonths, order.IsPerpetual, ApiKey = key.Label },
                key.PartnerId);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (PartnerId, SapOrderId) index is the last word should anything else insert the order
            // between the check and the insert. Expected, so no error and no stack trace.
            await using var again = await consoleDb.OpenAsync(user, ct);
            if (await FindAsync(again, key.PartnerId, sapOrderId, now, ct) is { } winner) return Repeated(winner, key);
            throw;
        }
        logger.LogInformation("Order {SapOrderId} ({OrderId}) received for partner {PartnerId} with key {KeyId}", order.SapOrderId, order.Id, key.PartnerId, key.Id);
        notifier.Publish(OrderTopics.Orders, order.Id, Tenant.Partner(key.PartnerId), "created");
        return new IngestResult(OrderRow.From(order, null, now, options.Value.ExpiringSoonWindow), true);
    }

    private IngestResult Repeated(OrderRow stored, PartnerApiKey key)
    {
        logger.LogInformation("Order {SapOrderId} arrived again for partner {PartnerId}; answered with the stored order {OrderId}",
            stored.SapOrderId, key.PartnerId, stored.Id);
        return new IngestResult(stored, false);
    }

    private async Task<OrderRow?> FindAsync(ConsoleDbContext db, int partnerId, string sapOrderId, DateTime now, CancellationToken ct)
    {
        var order = await db.Set<PartnerOrder>().AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId && o.SapOrderId == sapOrderId, ct);
        if (order is null) return null;
        var account = order.AssignedAccountId is { } a
            ? await db.Set<CustomerAccount>().Where(x => x.Id == a).Select(x => x.Name).FirstOrDefaultAsync(ct)
            : null;
        return OrderRow.From(order, account, now, options.Value.ExpiringSoonWindow);
    }
}
