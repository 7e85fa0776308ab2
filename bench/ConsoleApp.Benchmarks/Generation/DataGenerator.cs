using System.Diagnostics;
using System.Globalization;
using Bogus;
using ConsoleApp.Components.Features.AppSuite.Catalog;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using MarketplaceOrderStatus = ConsoleApp.Components.Features.Marketplace.OrderStatus;

namespace ConsoleApp.Benchmarks.Generation;

/// <summary>How many rows of each kind the generator adds on top of the demo data.</summary>
internal sealed record Volumes(int PartnerOrders, int Partners, double MainPartnerShare, int Accounts, int MarketplaceOrders, int Vouchers, int Sites, int DeviceOrders)
{
    public static Volumes Full => new(1_000_000, 20, 0.5, 50_000, 200_000, 100_000, 20_000, 10_000);

    /// <summary>The partner orders of partner <paramref name="partner"/> (1-based; partner 1 holds the main share).</summary>
    public int OrdersOf(int partner) => partner == DemoData.PartnerId
        ? (int)(PartnerOrders * MainPartnerShare)
        : (PartnerOrders - (int)(PartnerOrders * MainPartnerShare)) / (Partners - 1) + (partner == Partners ? (PartnerOrders - (int)(PartnerOrders * MainPartnerShare)) % (Partners - 1) : 0);
}

/// <summary>
/// Fills a database that already has the schema and the demo data with realistic volumes: partners with accounts,
/// partner orders with their search terms, marketplace orders with an item each, App Suite sites and vouchers, and
/// device orders. Most rows go to the demo tenants (partner 1, account 1, reseller 1, company 1), so the demo users
/// see the biggest grids; the rest is spread over the other tenants. Deterministic (fixed Bogus seed).
/// </summary>
internal sealed class DataGenerator(IBulkWriter bulk, string target, Volumes volumes)
{
    private readonly DateTime now = DateTime.UtcNow;
    private readonly Faker faker = new() { Random = new Randomizer(20261201) };

    /// <summary>SQLite: a file that already has the schema and the demo data.</summary>
    public static async Task GenerateSqliteAsync(IModel model, string databasePath, Volumes volumes)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        // Generation only: a large page cache keeps the random inserts into the term index in memory; a crash
        // during generation loses nothing worth keeping.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000; PRAGMA foreign_keys=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }
        await new DataGenerator(new BulkInserter(model, connection), databasePath, volumes).RunAsync();
        // No ANALYZE here: the statistics the planner sees are the console's business (start-up), not the generator's.
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync();
    }

    /// <summary>PostgreSQL: a database that already has the schema and the demo data. Ends with ANALYZE, which
    /// PostgreSQL's autovacuum would run by itself soon after a load this size (SQLite has no such daemon).</summary>
    public static async Task GeneratePostgresAsync(IModel model, string connectionString, Volumes volumes)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 }.ToString());
        await connection.OpenAsync();
        await new DataGenerator(new PostgresBulkWriter(model, connection), connection.Database, volumes).RunAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private async Task RunAsync()
    {
        var total = Stopwatch.StartNew();
        var partners = await TimedAsync("Partners", () => bulk.InsertAsync(NewPartners()));
        var accountsByPartner = await AccountsAsync();
        await TimedAsync("PartnerOrders + PartnerOrderSearchTerms", () => PartnerOrdersAsync(accountsByPartner));
        await TimedAsync("MarketplaceOrders + MarketplaceOrderItems", () => MarketplaceOrdersAsync(accountsByPartner));
        var sites = await TimedAsync("AppSuiteSites", () => bulk.InsertAsync(NewSites()));
        await TimedAsync("AppSuiteVouchers", () => bulk.InsertAsync(NewVouchers()));
        await TimedAsync("DeviceOrders + DeviceOrderItems", DeviceOrdersAsync);
        Console.WriteLine($"Generated in {total.Elapsed.TotalSeconds:F1} s ({partners} partners, {sites} sites): {target}");
    }

    private static async Task<T> TimedAsync<T>(string table, Func<Task<T>> action)
    {
        var sw = Stopwatch.StartNew();
        var result = await action();
        Console.WriteLine($"  {table,-45} {result,10:N0} rows {sw.Elapsed.TotalSeconds,7:F1} s");
        return result;
    }

    private IEnumerable<Partner> NewPartners()
    {
        var next = (int)bulk.NextId("Partners");
        for (var id = next; id <= volumes.Partners; id++)
            yield return new Partner { Id = id, Name = faker.Company.CompanyName() + " Communications" };
    }

    /// <summary>Accounts spread evenly over the partners (ids per partner returned for the orders that get assigned).</summary>
    private async Task<Dictionary<int, int[]>> AccountsAsync()
    {
        var first = (int)bulk.NextId("CustomerAccounts");
        var perPartner = volumes.Accounts / volumes.Partners;
        var byPartner = new Dictionary<int, int[]>();
        var id = first;
        IEnumerable<CustomerAccount> Rows()
        {
            for (var p = 1; p <= volumes.Partners; p++)
            {
                var ids = new int[perPartner];
                for (var i = 0; i < perPartner; i++, id++)
                {
                    ids[i] = id;
                    yield return new CustomerAccount
                    {
                        Id = id, PartnerId = p, Name = faker.Company.CompanyName(), AccountKey = $"ACC-{id:D7}",
                        Status = faker.Random.Int(0, 19) == 0 ? AccountStatus.Deactivated : AccountStatus.Active,
                        Country = "US", ProvinceState = faker.Address.StateAbbr(), Address = faker.Address.StreetAddress(), City = faker.Address.City(),
                        PostalCode = faker.Address.ZipCode(), BusinessType = faker.PickRandom("Healthcare", "Retail", "Legal", "Logistics"),
                        SapCustomerNumber = faker.Random.Int(1000000, 9999999).ToString(CultureInfo.InvariantCulture), CloudLocation = "US East", PbxType = "MiVoice",
                        CreatedAt = now.AddDays(-faker.Random.Int(1, 2000)), Version = Guid.NewGuid(),
                    };
                }
                byPartner[p] = ids;
            }
        }
        await TimedAsync("CustomerAccounts", () => bulk.InsertAsync(Rows()));
        return byPartner;
    }

    private async Task<int> PartnerOrdersAsync(Dictionary<int, int[]> accountsByPartner)
    {
        var id = (int)bulk.NextId("PartnerOrders");
        var total = 0;
        for (var p = 1; p <= volumes.Partners; p++)
        {
            var accounts = accountsByPartner[p];
            var count = volumes.OrdersOf(p);
            // Chunks: one transaction for the orders of a chunk, then one for their terms.
            for (var done = 0; done < count; done += 20_000)
            {
                var chunk = Enumerable.Range(0, Math.Min(20_000, count - done)).Select(i => NewOrder(id + done + i, p, accounts)).ToList();
                await bulk.InsertAsync(chunk);
                await bulk.InsertAsync(chunk.SelectMany(PartnerOrderSearchTerm.For));
            }
            id += count;
            total += count;
        }
        return total;
    }

    private PartnerOrder NewOrder(int id, int partnerId, int[] accounts)
    {
        var perpetual = faker.Random.Int(0, 19) == 0;
        var months = faker.PickRandom(12, 24, 36);
        DateTime? expires = perpetual ? null : now.AddDays(faker.Random.Int(-500, 900)).AddMinutes(faker.Random.Int(0, 1439));
        var purchased = expires?.AddMonths(-months) ?? now.AddDays(-faker.Random.Int(1, 1000));
        if (purchased > now) purchased = now.AddDays(-1);
        var assigned = faker.Random.Bool(0.55f);
        return new PartnerOrder
        {
            Id = id,
            PartnerId = partnerId,
            SapOrderId = (4600000000L + (long)id * 3).ToString(CultureInfo.InvariantCulture),
            ResellerPoNumber = "RPO-" + faker.Random.Int(10000, 99999),
            ResellerSapId = faker.PickRandom("104233", "207781", "311902"),
            CustomerPoNumber = faker.Random.Bool(0.2f) ? faker.Company.CompanyName().Split(' ')[0].ToUpperInvariant() + "-" + faker.Random.Int(100, 9999) : "CPO-" + faker.Random.Int(100000, 999999),
            TrackingNumber = "TRK" + faker.Random.Long(100000000, 999999999),
            Product = faker.Random.Bool(0.3f) ? OrderProduct.MitelOne : OrderProduct.MiTeamMeetings,
            Licenses = faker.Random.Int(1, 60) * 5,
            TermMonths = perpetual ? 0 : months,
            IsPerpetual = perpetual,
            PurchasedAt = purchased,
            ExpiresAt = expires,
            AssignedAccountId = assigned ? faker.PickRandom(accounts) : null,
            AssignedAt = assigned ? purchased.AddDays(2) : null,
            ActivatedAt = assigned && faker.Random.Bool(0.85f) ? purchased.AddDays(3) : null,
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>A quarter of the marketplace orders on the demo account (its history grid is the big one), the
    /// rest over partner 1's other accounts and the other partners' accounts.</summary>
    private async Task<int> MarketplaceOrdersAsync(Dictionary<int, int[]> accountsByPartner)
    {
        var id = (int)bulk.NextId("MarketplaceOrders");
        var itemId = (int)bulk.NextId("MarketplaceOrderItems");
        var all = accountsByPartner.SelectMany(kv => kv.Value.Select(a => (Partner: kv.Key, Account: a))).ToArray();
        for (var done = 0; done < volumes.MarketplaceOrders; done += 20_000)
        {
            var orders = new List<MarketplaceOrder>();
            for (var i = 0; i < Math.Min(20_000, volumes.MarketplaceOrders - done); i++, id++)
            {
                var (partner, account) = faker.Random.Int(0, 3) == 0 ? (DemoData.PartnerId, DemoData.AccountId) : faker.PickRandom(all);
                var created = now.AddMinutes(-faker.Random.Int(60, 3 * 365 * 24 * 60));
                var status = faker.PickRandom(MarketplaceOrderStatus.Completed, MarketplaceOrderStatus.Completed, MarketplaceOrderStatus.Completed, MarketplaceOrderStatus.CompletedWithErrors, MarketplaceOrderStatus.Deleted, MarketplaceOrderStatus.Draft);
                var order = new MarketplaceOrder
                {
                    Id = id, PartnerId = partner, AccountId = account, Name = $"Order #{created:dd-MM-yyyy}/{id}", Status = status,
                    CreatedByUserId = "generated", CreatedByName = faker.Name.FullName(), CreatedByOrganization = faker.Company.CompanyName(),
                    CreatedAt = created, UpdatedAt = created.AddMinutes(5), SubmittedAt = status == MarketplaceOrderStatus.Draft ? null : created.AddMinutes(1),
                    CompletedAt = status is MarketplaceOrderStatus.Completed or MarketplaceOrderStatus.CompletedWithErrors ? created.AddMinutes(4) : null,
                    VisibleToCustomer = true, Version = Guid.NewGuid(),
                };
                order.Items.Add(new MarketplaceOrderItem
                {
                    Id = itemId++, OrderId = id, PartnerId = partner, AccountId = account, Kind = ChangeKind.LicenceIncrease,
                    Vendor = faker.PickRandom<Vendor>(), ProductName = faker.PickRandom("Microsoft 365 Business Standard", "Google Workspace", "Acrobat Pro", "Dropbox Business"),
                    Quantity = faker.Random.Int(1, 50), UnitCost = faker.Random.Decimal(5, 30), MarkupPercent = 15m,
                    Result = status == MarketplaceOrderStatus.CompletedWithErrors ? ItemResult.Failed : ItemResult.Succeeded,
                });
                orders.Add(order);
            }
            await bulk.InsertAsync(orders);
            await bulk.InsertAsync(orders.SelectMany(o => o.Items));
        }
        return volumes.MarketplaceOrders;
    }

    /// <summary>Half of the sites and vouchers belong to the demo reseller, the other half to the other one.</summary>
    private IEnumerable<AppSuiteSite> NewSites()
    {
        for (var i = 0; i < volumes.Sites; i++)
        {
            var purchased = now.AddDays(-faker.Random.Int(1, 2500));
            var registered = faker.Random.Bool(0.85f);
            var swas = faker.Random.Bool(0.6f);
            yield return new AppSuiteSite
            {
                Id = 100_000 + i, ResellerId = i % 2 == 0 ? DemoData.ResellerId : DemoData.OtherResellerId,
                Name = registered ? faker.Company.CompanyName() : null, ProductVersion = faker.PickRandom("4.3", "5.0", "5.1"),
                PurchasedAt = purchased, RegisteredAt = registered ? purchased.AddDays(3) : null,
                SwasStart = swas ? purchased : null, SwasExpiry = swas ? purchased.AddYears(faker.Random.Int(1, 5)) : null, Version = Guid.NewGuid(),
            };
        }
    }

    private IEnumerable<AppSuiteVoucher> NewVouchers()
    {
        var id = (int)bulk.NextId("AppSuiteVouchers");
        var parts = PartCatalog.All.Select(p => p.PartNumber).ToArray();
        for (var i = 0; i < volumes.Vouchers; i++, id++)
        {
            var reseller = i % 2 == 0 ? DemoData.ResellerId : DemoData.OtherResellerId;
            var used = faker.Random.Bool(0.6f);
            var purchased = now.AddDays(-faker.Random.Int(1, 2000));
            yield return new AppSuiteVoucher
            {
                Id = id, ResellerId = reseller, Code = $"GEN{i / 10000:D1}-{i / 100 % 100:D2}{i % 100:D2}-{id % 10000:D4}"[..14], PartNumber = faker.PickRandom(parts),
                PurchaseOrder = $"PO-{faker.Random.Int(1000, 9999)}", PurchasedAt = purchased,
                SiteId = used ? 100_000 + faker.Random.Int(0, volumes.Sites / 2 - 1) * 2 + (reseller == DemoData.ResellerId ? 0 : 1) : null,
                UsedAt = used ? purchased.AddDays(10) : null, RedeemedIn = used ? VoucherRedemption.Portal : null, UsedBy = used ? "generated@demo.test" : null,
                Version = Guid.NewGuid(),
            };
        }
    }

    /// <summary>Device orders of the demo company (four in five) and the other one, with one device item each,
    /// using the seeded carriers and requester so the pages resolve them.</summary>
    private async Task<int> DeviceOrdersAsync()
    {
        var carriers = new List<(int Id, int Company, string Name)>();
        await using (var cmd = bulk.Connection.CreateCommand())
        {
            cmd.CommandText = "SELECT \"Id\", \"CompanyId\", \"Name\" FROM \"DeviceCarriers\" ORDER BY \"Id\"";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) carriers.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2)));
        }
        var id = (int)bulk.NextId("DeviceOrders");
        var itemId = (int)bulk.NextId("DeviceOrderItems");
        var orders = new List<DeviceOrder>();
        for (var i = 0; i < volumes.DeviceOrders; i++, id++)
        {
            var company = faker.Random.Int(0, 4) == 0 ? DemoData.OtherCompanyId : DemoData.CompanyId;
            var carrier = faker.PickRandom(carriers.Where(c => c.Company == company).ToArray());
            var created = now.AddMinutes(-faker.Random.Int(60, 2 * 365 * 24 * 60));
            var status = faker.PickRandom<DeviceOrderStatus>();
            var price = faker.Random.Decimal(200, 1200);
            var order = new DeviceOrder
            {
                Id = id, CompanyId = company, Kind = OrderKind.NewDevice, Status = status, CarrierId = carrier.Id, CarrierName = carrier.Name,
                RequesterUserId = "generated", RequesterName = faker.Name.FullName(), RequesterEmail = faker.Internet.Email(),
                ShippingLocation = faker.Address.City(), EmployeeName = faker.Name.FullName(), DevicesTotal = price, Total = price,
                CreatedAt = created, UpdatedAt = created.AddHours(1), SubmittedAt = status == DeviceOrderStatus.Draft ? null : created.AddMinutes(10),
                Version = Guid.NewGuid(),
            };
            order.Items.Add(new DeviceOrderItem { Id = itemId++, OrderId = id, CompanyId = company, Kind = ItemKind.Device, Description = faker.PickRandom("iPhone 16", "Galaxy S25", "Pixel 9"), UnitPrice = price });
            orders.Add(order);
        }
        await bulk.InsertAsync(orders);
        await bulk.InsertAsync(orders.SelectMany(o => o.Items));
        return orders.Count;
    }
}
