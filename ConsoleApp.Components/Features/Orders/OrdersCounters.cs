using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>Dashboard tiles for the Unassigned and Expiring views; both recount on every "orders" change of the partner.</summary>
public abstract class OrderViewCounter(ConsoleDb consoleDb, IOptions<OrdersOptions> options, TimeProvider clock) : IDashboardCounter
{
    protected abstract OrderView View { get; }
    public string Area => "Orders";
    public abstract string Title { get; }
    public LiveTopic Topic => OrderTopics.Orders;
    public string Link => $"/orders?view={OrderStatusRules.ViewName(View)}";
    public bool IsVisibleTo(UserContext user) => user.IsPartnerUser;

    public async Task<int> CountAsync(UserContext user, CancellationToken ct)
    {
        if (!user.IsPartnerUser || user.PartnerId is not { } partnerId) return 0;
        await using var db = await consoleDb.OpenAsync(user, ct);
        var predicate = OrderStatusRules.InView(View, clock.GetUtcNow().UtcDateTime, options.Value.ExpiringSoonWindow)!;
        return await db.Set<PartnerOrder>().Where(o => o.PartnerId == partnerId).Where(predicate).CountAsync(ct);
    }
}

public sealed class UnassignedOrdersCounter(ConsoleDb consoleDb, IOptions<OrdersOptions> options, TimeProvider clock)
    : OrderViewCounter(consoleDb, options, clock)
{
    protected override OrderView View => OrderView.Unassigned;
    public override string Title => "Unassigned orders";
}

public sealed class ExpiringOrdersCounter(ConsoleDb consoleDb, IOptions<OrdersOptions> options, TimeProvider clock)
    : OrderViewCounter(consoleDb, options, clock)
{
    protected override OrderView View => OrderView.Expiring;
    public override string Title => "Orders expiring soon";
}
