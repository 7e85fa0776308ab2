using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>
/// Changes to marketplace orders made by users: create, edit a started order's items, save as draft, resume,
/// delete, submit, add notes. Every write is one transaction with its audit entry; the change is published on
/// "marketplace" for the account (and its partner) after commit. The vendor's part runs in <see cref="ProvisioningWorker"/>.
/// </summary>
public sealed class MarketplaceOrderService(
    ConsoleDb consoleDb, CustomerScopeResolver scopes, IChangeNotifier notifier, ProvisioningSignal signal,
    TimeProvider clock, ILogger<MarketplaceOrderService> logger)
{
    public const int MaxItems = 20;
    public const int MaxNoteLength = 2000;

    /// <summary>Checks one change as <see cref="CreateAsync"/> would, without writing (the form's "Add" button).</summary>
    public async Task<string> CheckAsync(int? accountId, ChangeRequest change, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(accountId, ct);
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        return Describe(await ChangeRequests.ToItemAsync(db, scope, change, ct));
    }

    /// <summary>Creates a Started order with <paramref name="changes"/> and, in the same transaction, applies
    /// <paramref name="then"/> (save as draft or submit) when given; returns its id.</summary>
    public async Task<int> CreateAsync(int? accountId, IReadOnlyList<ChangeRequest> changes, OrderAction? then = null, CancellationToken ct = default)
    {
        if (then is { } next && next is not (OrderAction.SaveDraft or OrderAction.Submit))
            throw new AccessDeniedException("A new order can only be saved as a draft or submitted.");
        var scope = await scopes.ResolveAsync(accountId, ct);
        if (changes.Count == 0) throw new ValidationFailedException("Add at least one change to the order.");
        if (changes.Count > MaxItems) throw new ValidationFailedException($"An order holds at most {MaxItems} changes.");
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        var items = new List<MarketplaceOrderItem>();
        foreach (var change in changes) items.Add(await ChangeRequests.ToItemAsync(db, scope, change, ct));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var dayStart = now.Date;
        var sameDay = await db.Set<MarketplaceOrder>().CountAsync(o => o.CreatedAt >= dayStart && o.CreatedAt < dayStart.AddDays(1), ct);
        var order = new MarketplaceOrder
        {
            PartnerId = scope.PartnerId,
            AccountId = scope.AccountId,
            Name = $"Order #{now:dd-MM-yyyy}" + (sameDay > 0 ? $"/{sameDay + 1}" : ""),
            Status = OrderStatus.Started,
            CreatedByUserId = scope.Actor.UserId,
            CreatedByName = scope.Actor.DisplayName,
            CreatedByOrganization = scope.ActorOrganization,
            CreatedAt = now,
            UpdatedAt = now,
            Items = items,
            VisibleToCustomer = items.Any(i => i.Kind != ChangeKind.MarkupChange),
        };
        db.Add(order);
        await db.SaveChangesAsync(ct);
        AuditLog.Record(db, scope.Actor, "MarketplaceOrder", order.Id, "Create", null,
            new { order.Name, order.AccountId, Changes = items.Select(Describe).ToList() }, scope.PartnerId);
        if (then is { } action)
        {
            order.Status = OrderLifecycle.Apply(order.Status, action);
            if (action == OrderAction.Submit) order.SubmittedAt = order.NextStepAt = now;
            AuditLog.Record(db, scope.Actor, "MarketplaceOrder", order.Id, action.ToString(),
                new { Status = nameof(OrderStatus.Started) }, new { Status = order.Status.ToString() }, scope.PartnerId);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Publish(scope, order.Id, "created");
        if (then == OrderAction.Submit) signal.Wake();
        return order.Id;
    }

    /// <summary>Adds a change to a Started order.</summary>
    public async Task AddItemAsync(int? accountId, int orderId, ChangeRequest change, CancellationToken ct = default) =>
        await EditAsync(accountId, orderId, "AddItem", async (db, scope, order) =>
        {
            if (order.Items.Count >= MaxItems) throw new ValidationFailedException($"An order holds at most {MaxItems} changes.");
            var item = await ChangeRequests.ToItemAsync(db, scope, change, ct);
            order.Items.Add(item);
            return Describe(item);
        }, ct);

    /// <summary>Removes a change from a Started order; the last one cannot go (delete the order instead).</summary>
    public async Task RemoveItemAsync(int? accountId, int orderId, int itemId, CancellationToken ct = default) =>
        await EditAsync(accountId, orderId, "RemoveItem", (db, scope, order) =>
        {
            var item = order.Items.FirstOrDefault(i => i.Id == itemId && (scope.SeesMarkup || i.Kind != ChangeKind.MarkupChange))
                ?? throw new NotFoundException("That change is not part of the order.");
            if (order.Items.Count == 1) throw new ValidationFailedException("An order needs at least one change; delete the order instead.");
            order.Items.Remove(item);
            db.Remove(item);
            return Task.FromResult(Describe(item));
        }, ct);

    /// <summary>A user's status change (save as draft, resume, delete, submit). <paramref name="expectedVersion"/>
    /// is the version the user saw; a different one means someone else acted first.</summary>
    public async Task ApplyAsync(int? accountId, int orderId, OrderAction action, Guid? expectedVersion = null, CancellationToken ct = default)
    {
        if (!OrderLifecycle.UserActions.Contains(action))
            throw new AccessDeniedException("Only the vendor's provisioning moves an order on from there.");
        var scope = await scopes.ResolveAsync(accountId, ct);
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await LoadAsync(db, scope, orderId, ct);
        if (expectedVersion is { } v && v != order.Version) throw Conflict();
        var from = order.Status;
        order.Status = OrderLifecycle.Apply(from, action);
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (action == OrderAction.Submit)
        {
            order.SubmittedAt = order.UpdatedAt;
            order.NextStepAt = order.UpdatedAt;
        }
        AuditLog.Record(db, scope.Actor, "MarketplaceOrder", order.Id, action.ToString(),
            new { Status = from.ToString() }, new { Status = order.Status.ToString() }, scope.PartnerId);
        await SaveAsync(db, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Marketplace order {OrderId} {Action}: {From} -> {To}", order.Id, action, from, order.Status);
        Publish(scope, order.Id, action.ToString());
        if (action == OrderAction.Submit) signal.Wake();
    }

    /// <summary>Adds a note. Notes are inserted rows, never an edited text, so concurrent notes all survive.</summary>
    public async Task AddNoteAsync(int? accountId, int orderId, string text, CancellationToken ct = default)
    {
        var scope = await scopes.ResolveAsync(accountId, ct);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) throw new ValidationFailedException("Write a note first.");
        if (trimmed.Length > MaxNoteLength) throw new ValidationFailedException($"A note can be at most {MaxNoteLength} characters.");
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await LoadAsync(db, scope, orderId, ct);
        var note = new MarketplaceOrderNote
        {
            OrderId = order.Id,
            PartnerId = order.PartnerId,
            AccountId = order.AccountId,
            AuthorUserId = scope.Actor.UserId,
            AuthorName = scope.Actor.DisplayName,
            At = clock.GetUtcNow().UtcDateTime,
            Text = trimmed,
        };
        db.Add(note);
        AuditLog.Record(db, scope.Actor, "MarketplaceOrder", order.Id, "AddNote", null, new { Note = trimmed }, scope.PartnerId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Publish(scope, order.Id, "note");
    }

    private async Task EditAsync(int? accountId, int orderId, string auditAction,
        Func<ConsoleDbContext, CustomerScope, MarketplaceOrder, Task<string>> edit, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(accountId, ct);
        await using var db = await consoleDb.OpenAsync(scope.DbUser, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var order = await LoadAsync(db, scope, orderId, ct);
        if (!OrderLifecycle.IsEditable(order.Status))
            throw new InvalidOrderTransitionException(order.Status, null, EditRefusal(order.Status));
        var described = await edit(db, scope, order);
        order.VisibleToCustomer = order.Items.Any(i => i.Kind != ChangeKind.MarkupChange);
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Entry(order).State = EntityState.Modified; // renews the version even when only items changed
        AuditLog.Record(db, scope.Actor, "MarketplaceOrder", order.Id, auditAction, null, new { Change = described }, scope.PartnerId);
        await SaveAsync(db, ct);
        await tx.CommitAsync(ct);
        Publish(scope, order.Id, auditAction);
    }

    private static string EditRefusal(OrderStatus status) =>
        OrderLifecycle.IsHistorical(status)
            ? $"{OrderLifecycle.Label(status)} orders are historical and cannot be modified."
            : $"Only a started order can be changed; this one is {OrderLifecycle.Label(status)}.";

    /// <summary>The order as this user may see it: customer roles get "not found" for a markup-only order.</summary>
    private static async Task<MarketplaceOrder> LoadAsync(ConsoleDbContext db, CustomerScope scope, int orderId, CancellationToken ct) =>
        await db.Set<MarketplaceOrder>().Include(o => o.Items)
            .FirstOrDefaultAsync(o => o.Id == orderId && o.AccountId == scope.AccountId && (scope.SeesMarkup || o.VisibleToCustomer), ct)
        ?? throw new NotFoundException("That order does not exist.");

    private static async Task SaveAsync(ConsoleDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict();
        }
    }

    private static ConcurrencyConflictException Conflict() =>
        new("Someone else changed this order first. It has been reloaded; check it and try again.");

    private void Publish(CustomerScope scope, int orderId, string action) =>
        MarketplaceEvents.Publish(notifier, scope.PartnerId, scope.AccountId, orderId, action);

    internal static string Describe(MarketplaceOrderItem i) => i.Kind switch
    {
        ChangeKind.NewSubscription => $"New subscription: {i.Quantity} × {i.ProductName}",
        ChangeKind.LicenceIncrease => $"Licence increase: +{i.Quantity} {i.ProductName}",
        ChangeKind.LicenceDecrease => $"Licence decrease: −{i.Quantity} {i.ProductName}",
        ChangeKind.Suspension => $"Suspension: {i.ProductName}",
        ChangeKind.MarkupChange => $"Markup change: {i.ProductName} to {i.MarkupPercent:0.##} %",
        _ => i.ProductName,
    };
}

public static class MarketplaceEvents
{
    /// <summary>Every open view of the customer (its own users and partner users on its behalf) follows
    /// the account's tenant; partner-wide panels (dashboard) follow the partner's.</summary>
    public static void Publish(IChangeNotifier notifier, int partnerId, int accountId, int orderId, string action)
    {
        notifier.Publish(MarketplaceTopics.Topic, orderId, Tenant.Account(accountId), action);
        notifier.Publish(MarketplaceTopics.Topic, orderId, Tenant.Partner(partnerId), action);
    }
}

/// <summary>Wakes the provisioning worker when an order is submitted, so it need not poll tightly.</summary>
public sealed class ProvisioningSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { /* already awake */ }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        await _signal.WaitAsync(timeout, ct);
    }
}
