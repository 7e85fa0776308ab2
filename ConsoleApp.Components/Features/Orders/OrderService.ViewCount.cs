using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The total of a view without a search (a view switch, a page, a filter). Counting the whole view on every page cost
/// a pass over all of the partner's orders: 500,300 index entries for the All view at a million orders, 20–60 ms on
/// either provider, on every view switch and every page. The count now stops a little past the page: exact while the
/// view ends within <see cref="OrdersOptions.ViewCountLimit"/> rows past the page's block (so any partner with fewer
/// orders than that sees the exact number), otherwise "more than N", where N is the end of the page's block of
/// <see cref="OrdersOptions.ViewCountLimit"/> rows. Past the page there are always more counted rows than shown, so
/// the pager offers the next page while the view has one, and each block further on counts one block more (the
/// page's own offset reads that far anyway).
/// </summary>
public sealed partial class OrderService
{
    /// <summary>The view's total, exact up to the cap; and whether there are more than that.</summary>
    private async Task<(int Total, bool Capped)> CountViewAsync(IQueryable<PartnerOrder> inView, OrderQuery query, PageRequest page, CancellationToken ct)
    {
        var cap = ViewCountCap(page, Math.Max(1, options.Value.ViewCountLimit));
        // Ordered as an index of the view is (any order counts the same rows; an ordered limit lets the count walk that
        // index and stop, and EF warns about a row limit without one). The views without an account walk
        // (PartnerId, AssignedAccountId, ExpiresAt) backwards: the latest expiry dates first (and on PostgreSQL the
        // perpetual orders, whose NULL sorts last), so the expired orders, not in those views, come last and are
        // usually never read. Every column descending, as PostgreSQL's backward index scan delivers them (IS NULL
        // does not make AssignedAccountId a constant for its planner).
        var ordered = query.View is OrderView.Unassigned or OrderView.Expiring
            ? inView.OrderByDescending(o => o.PartnerId).ThenByDescending(o => o.AssignedAccountId).ThenByDescending(o => o.ExpiresAt)
            : inView.OrderBy(o => o.PartnerId).ThenBy(o => o.PurchasedAt).ThenBy(o => o.Id);
        var count = await ordered.Take(cap + 1).CountAsync(ct);
        return count > cap ? (cap, true) : (count, false);
    }

    /// <summary>The end of the block of <paramref name="limit"/> rows that the page ends in, past its last row.</summary>
    internal static int ViewCountCap(PageRequest page, int limit)
    {
        var end = (long)page.SafeSkip + page.SafeTake;
        return (int)Math.Min(int.MaxValue - 1, limit * (end / limit + 1));
    }
}
