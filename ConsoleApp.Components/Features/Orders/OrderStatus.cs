using System.Linq.Expressions;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>An order's status, always computed from its data (see <see cref="OrderStatusRules"/>), never stored.
/// The numeric values are the sort order of the Status column.</summary>
public enum OrderStatus
{
    Assign = 0,
    ExpiringSoon = 1,
    Expired = 2,
    Perpetual = 3,
    PendingActivation = 4,
    Active = 5,
}

/// <summary>The views of the Orders drop-down. Each is a SQL predicate over the order's columns.</summary>
public enum OrderView { All = 0, Unassigned = 1, Expiring = 2 }

/// <summary>
/// The status rules, first match wins (<c>now</c> is UTC, <c>window</c> is <c>Orders:ExpiringSoonDays</c>):
/// <list type="number">
/// <item>EXPIRED: the order has an expiry date and it is at or before now (assigned or not). It can no longer be assigned.</item>
/// <item>EXPIRING SOON: unassigned, and its expiry date is within the window (now &lt; expiry &lt;= now + window).</item>
/// <item>ASSIGN: unassigned otherwise (a perpetual order waiting for an account is also ASSIGN).</item>
/// <item>PENDING ACTIVATION: assigned, but the subscription has not been activated on the account yet.</item>
/// <item>PERPETUAL: assigned, activated, and without an expiry date.</item>
/// <item>ACTIVE: assigned, activated, and its term is running (the product description names no label for this case).</item>
/// </list>
/// <see cref="Evaluate"/> is the rule in C#; <see cref="Is"/> is the same rule as a database predicate, so views,
/// filters and counters run in SQL over the indexed columns. Tests prove both agree for every status.
/// </summary>
public static class OrderStatusRules
{
    public static OrderStatus Evaluate(DateTime? expiresAt, int? assignedAccountId, DateTime? activatedAt, DateTime now, TimeSpan window)
    {
        if (expiresAt is { } expired && expired <= now) return OrderStatus.Expired;
        if (assignedAccountId is null)
            return expiresAt is { } e && e <= now + window ? OrderStatus.ExpiringSoon : OrderStatus.Assign;
        if (activatedAt is null) return OrderStatus.PendingActivation;
        return expiresAt is null ? OrderStatus.Perpetual : OrderStatus.Active;
    }

    public static OrderStatus Evaluate(PartnerOrder o, DateTime now, TimeSpan window) =>
        Evaluate(o.ExpiresAt, o.AssignedAccountId, o.ActivatedAt, now, window);

    /// <summary>Only ASSIGN and EXPIRING SOON orders can be assigned.</summary>
    public static bool CanBeAssigned(OrderStatus status) => status is OrderStatus.Assign or OrderStatus.ExpiringSoon;

    /// <summary>The rule for one status as a predicate EF translates to SQL.</summary>
    public static Expression<Func<PartnerOrder, bool>> Is(OrderStatus status, DateTime now, TimeSpan window)
    {
        var soon = now + window;
        return status switch
        {
            OrderStatus.Expired => o => o.ExpiresAt != null && o.ExpiresAt <= now,
            OrderStatus.ExpiringSoon => o => o.AssignedAccountId == null && o.ExpiresAt > now && o.ExpiresAt <= soon,
            OrderStatus.Assign => o => o.AssignedAccountId == null && (o.ExpiresAt == null || o.ExpiresAt > soon),
            OrderStatus.PendingActivation => o => o.AssignedAccountId != null && o.ActivatedAt == null && (o.ExpiresAt == null || o.ExpiresAt > now),
            OrderStatus.Perpetual => o => o.AssignedAccountId != null && o.ActivatedAt != null && o.ExpiresAt == null,
            OrderStatus.Active => o => o.AssignedAccountId != null && o.ActivatedAt != null && o.ExpiresAt > now,
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }

    /// <summary>Unassigned = the orders that still can and must be assigned: ASSIGN or EXPIRING SOON.
    /// Expiring = EXPIRING SOON.</summary>
    public static Expression<Func<PartnerOrder, bool>>? InView(OrderView view, DateTime now, TimeSpan window)
    {
        var soon = now + window;
        return view switch
        {
            OrderView.Unassigned => o => o.AssignedAccountId == null && (o.ExpiresAt == null || o.ExpiresAt > now),
            OrderView.Expiring => o => o.AssignedAccountId == null && o.ExpiresAt > now && o.ExpiresAt <= soon,
            _ => null,
        };
    }

    /// <summary>The status as a SQL CASE expression, for sorting by status in the database.</summary>
    public static Expression<Func<PartnerOrder, int>> Rank(DateTime now, TimeSpan window)
    {
        var soon = now + window;
        return o => o.ExpiresAt != null && o.ExpiresAt <= now ? (int)OrderStatus.Expired
            : o.AssignedAccountId == null ? (o.ExpiresAt != null && o.ExpiresAt <= soon ? (int)OrderStatus.ExpiringSoon : (int)OrderStatus.Assign)
            : o.ActivatedAt == null ? (int)OrderStatus.PendingActivation
            : o.ExpiresAt == null ? (int)OrderStatus.Perpetual : (int)OrderStatus.Active;
    }

    public static string Label(OrderStatus status) => status switch
    {
        OrderStatus.Assign => "ASSIGN",
        OrderStatus.ExpiringSoon => "EXPIRING SOON",
        OrderStatus.Expired => "EXPIRED",
        OrderStatus.Perpetual => "PERPETUAL",
        OrderStatus.PendingActivation => "PENDING ACTIVATION",
        _ => "ACTIVE",
    };

    public static string ViewName(OrderView view) => view switch
    {
        OrderView.Unassigned => "unassigned",
        OrderView.Expiring => "expiring",
        _ => "all",
    };

    public static OrderView ParseView(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "unassigned" => OrderView.Unassigned,
        "expiring" => OrderView.Expiring,
        _ => OrderView.All,
    };
}
