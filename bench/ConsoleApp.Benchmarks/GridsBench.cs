using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MarketplaceView = ConsoleApp.Components.Features.Marketplace.OrderView;
using DeviceOrderFilter = ConsoleApp.Components.Features.Devices.OrderFilter;

namespace ConsoleApp.Benchmarks;

/// <summary>The other grids and the basket write, each as the role whose page it is, through the real services.</summary>
internal static class GridsBench
{

    public static async Task RunAsync(BenchHost host, int iterations)
    {
        Console.WriteLine("## Other grids and live-panel writes");
        Console.WriteLine();
        var results = new List<(string Name, double[] Times)>();
        string[] searches = [null!, "a", "dental", "acc-00012"];

        await using (var scope = host.ScopeFor(BenchUsers.PartnerAdmin))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountQueryService>();
            results.Add(("accounts list, partner 1 (first 40 pages)", await BenchHost.MeasureAsync(iterations, i => accounts.SearchAsync(new AccountFilter(), new PageRequest(25 * (i % 40), 25)))));
            results.Add(("accounts search (none/a/dental/acc-00012)", await BenchHost.MeasureAsync(iterations, i => accounts.SearchAsync(new AccountFilter(searches[i % searches.Length]), new PageRequest()))));
            var marketplace = scope.ServiceProvider.GetRequiredService<MarketplaceQueries>();
            HistoryFilter[] filters = [HistoryFilter.Active, HistoryFilter.Draft, HistoryFilter.All];
            results.Add(("marketplace history of account 1 (filters × 10 pages)", await BenchHost.MeasureAsync(iterations,
                i => marketplace.OrdersAsync(DemoData.AccountId, new OrderSearch(MarketplaceView.Historical, filters[i % 3]), new PageRequest(25 * (i % 10), 25)))));
            results.Add(("marketplace recent orders of account 1", await BenchHost.MeasureAsync(iterations,
                i => marketplace.OrdersAsync(DemoData.AccountId, new OrderSearch(), new PageRequest()))));
            await host.PlansAsync("accounts list", () => accounts.SearchAsync(new AccountFilter("dental"), new PageRequest()));
            await host.PlansAsync("marketplace history", () => marketplace.OrdersAsync(DemoData.AccountId, new OrderSearch(MarketplaceView.Historical, HistoryFilter.All), new PageRequest(50, 25)));
        }

        await using (var scope = host.ScopeFor(BenchUsers.ResellerAdmin))
        {
            var vouchers = scope.ServiceProvider.GetRequiredService<VoucherService>();
            VoucherStatus[] statuses = [VoucherStatus.All, VoucherStatus.Unused, VoucherStatus.Used];
            results.Add(("vouchers (status × 10 pages)", await BenchHost.MeasureAsync(iterations, i => vouchers.SearchAsync(new VoucherFilter(Status: statuses[i % 3]), new PageRequest(25 * (i % 10), 25)))));
            var sites = scope.ServiceProvider.GetRequiredService<SiteService>();
            SwasFilter[] swas = [SwasFilter.Any, SwasFilter.With, SwasFilter.Without];
            results.Add(("sites (SWAS filter × 10 pages)", await BenchHost.MeasureAsync(iterations, i => sites.SearchAsync(new SiteFilter(Swas: swas[i % 3]), new PageRequest(25 * (i % 10), 25)))));
            await host.PlansAsync("vouchers, unused", () => vouchers.SearchAsync(new VoucherFilter(Status: VoucherStatus.Unused), new PageRequest()));
            await host.PlansAsync("sites, with SWAS", () => sites.SearchAsync(new SiteFilter(Swas: SwasFilter.With), new PageRequest()));
        }

        await using (var scope = host.ScopeFor(BenchUsers.Employee))
        {
            var deviceOrders = scope.ServiceProvider.GetRequiredService<OrderQueryService>();
            DeviceOrderStatus?[] statuses = [null, DeviceOrderStatus.PendingApproval, DeviceOrderStatus.SentToDealer];
            results.Add(("device orders of company 1 (status × 10 pages)", await BenchHost.MeasureAsync(iterations, i => deviceOrders.SearchAsync(new DeviceOrderFilter(Status: statuses[i % 3]), new PageRequest(25 * (i % 10), 25)))));
            await host.PlansAsync("device orders", () => deviceOrders.SearchAsync(new DeviceOrderFilter(), new PageRequest()));

            var basket = scope.ServiceProvider.GetRequiredService<BasketService>();
            var add = await AddDeviceRequestAsync(host);
            // Each add is measured on an emptied basket (emptying is not timed), like a user's first add.
            var times = new double[iterations];
            for (var i = 0; i < iterations + 5; i++)
            {
                await basket.EmptyAsync();
                var sw = System.Diagnostics.Stopwatch.StartNew();
                await basket.AddDeviceAsync(add);
                if (i >= 5) times[i - 5] = sw.Elapsed.TotalMilliseconds;
            }
            Array.Sort(times);
            results.Add(("basket add device (write + audit + publish)", times));
        }

        BenchHost.PrintHeader();
        foreach (var (name, times) in results) BenchHost.Print(name, times);
        Console.WriteLine();
    }

    private static async Task<AddDeviceRequest> AddDeviceRequestAsync(BenchHost host)
    {
        await using var db = await host.Provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        var option = await db.Set<DeviceOption>().Where(o => o.CompanyId == DemoData.CompanyId).OrderBy(o => o.Id).FirstAsync();
        var device = await db.Set<CatalogDevice>().FirstAsync(d => d.Id == option.DeviceId);
        return new AddDeviceRequest(OrderKind.NewDevice, device.CarrierId, device.Id, option.StorageGb, option.TermMonths, device.ColourList[0]);
    }
}
