using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The two shapes of a broad search that PostgreSQL needs written differently from SQLite (same results, same
/// contract; the SQLite shapes are in <c>OrderService.cs</c> and <c>OrderService.BroadPage.cs</c>, and
/// <see cref="OnPostgres"/> is the one branch between them).
/// <list type="bullet">
/// <item>The per-order match check. SQLite runs <c>EXISTS (term of this order) OR account IN (matching accounts)</c>
/// as a primary-key seek per order while walking the purchase-date index. PostgreSQL turns both sides of that
/// <c>OR</c> into hashed subplans built before the walk: every term of the prefix is read first (500,000 rows for
/// <c>4</c> at a million orders), however soon the walk finds its page. One correlated <c>EXISTS</c> over a
/// <c>UNION ALL</c> of "a matching term of this order" and "this order's account, if its name matches" cannot be
/// hashed, so PostgreSQL checks it per order: two primary-key probes, and the walk stops after a page.</item>
/// <item>The bound of the newest-orders window as a row comparison <c>(PurchasedAt, Id) &gt;= (@at, @id)</c>: an
/// index condition on <c>(PartnerId, PurchasedAt, Id, ...)</c>. SQLite's form (<c>PurchasedAt &gt;= @at AND
/// (PurchasedAt &gt; @at OR Id &gt;= @id)</c>) leaves the <c>Id</c> part as a filter, and when the window ends inside
/// a run of equal purchase dates (thousands in the generated data) the walk read the whole run.</item>
/// </list>
/// </summary>
public sealed partial class OrderService
{
    private static bool OnPostgres(ConsoleDbContext db) => db.Database.IsNpgsql();

    /// <summary>Orders with a search value starting with <paramref name="term"/> or an account whose name contains
    /// it, checked per order (see the class comment).</summary>
    private static IQueryable<PartnerOrder> WhereBroadMatchOnPostgres(ConsoleDbContext db, IQueryable<PartnerOrder> orders, string term)
    {
        var upper = term + '\uffff';
        var like = Like(term);
        return orders.Where(o =>
            db.Set<PartnerOrderSearchTerm>()
                .Where(t => t.OrderId == o.Id && string.Compare(t.Term, term) >= 0 && string.Compare(t.Term, upper) < 0)
                .Select(t => 1)
                .Concat(db.Set<CustomerAccount>().Where(a => a.Id == o.AssignedAccountId && EF.Functions.Like(a.Name, like, "\\")).Select(a => 1))
                .Any());
    }

    /// <summary>Orders at or after (<paramref name="purchasedAt"/>, <paramref name="id"/>) in the newest-first order,
    /// as one row comparison PostgreSQL seeks to on the purchase-date index.</summary>
    private static IQueryable<PartnerOrder> FromKeyOnPostgres(IQueryable<PartnerOrder> orders, DateTime purchasedAt, int id) =>
        orders.Where(o => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(o.PurchasedAt, o.Id), ValueTuple.Create(purchasedAt, id)));
}
