using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Tests.Features.Marketplace;

public sealed class MarketplaceVisibilityTests
{
    public static TheoryData<string> AllRoles => new(Roles.All);

    private static UserContext UserFor(string role) => role switch
    {
        Roles.PartnerAdmin => TestUsers.PartnerAdmin,
        Roles.PartnerStaff => TestUsers.PartnerStaff,
        Roles.AccountAdmin => TestUsers.AccountAdmin,
        Roles.Customer => TestUsers.Customer,
        Roles.CustomerAdmin => TestUsers.CustomerAdmin,
        Roles.ResellerAdmin => TestUsers.ResellerAdmin,
        Roles.ResellerUser => TestUsers.ResellerUser,
        Roles.Employee => TestUsers.Employee,
        _ => TestUsers.Manager,
    };

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Orders_MarkupOnlyOrder_OnlyPartnerRolesSeeIt(string role)
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var markupOnly = await console.SeededOrderAsync(OrderStatus.ProvisioningFinished, markupOnly: true);
        var mixed = await console.SeededOrderAsync(OrderStatus.ProvisioningFinished);
        await using var scope = console.As(UserFor(role));
        var queries = console.Get<MarketplaceQueries>(scope);
        var accountArg = role is Roles.Customer or Roles.CustomerAdmin ? (int?)null : MarketplaceFixture.Acme;

        if (role is Roles.PartnerAdmin or Roles.PartnerStaff)
        {
            var rows = (await queries.OrdersAsync(accountArg, new OrderSearch(), new PageRequest(0, 100))).Items;
            Assert.Contains(rows, r => r.Id == markupOnly.Id);
            Assert.Contains("Markup change", rows.Single(r => r.Id == mixed.Id).RequestedChanges);
            var details = await queries.OrderAsync(accountArg, mixed.Id);
            Assert.Contains(details.Items, i => i.Kind == ChangeKind.MarkupChange);
            Assert.All(details.Items, i => Assert.NotNull(i.MarkupPercent));
        }
        else if (role is Roles.Customer or Roles.CustomerAdmin)
        {
            var rows = (await queries.OrdersAsync(accountArg, new OrderSearch(), new PageRequest(0, 100))).Items;
            Assert.DoesNotContain(rows, r => r.Id == markupOnly.Id);
            Assert.DoesNotContain("Markup", rows.Single(r => r.Id == mixed.Id).RequestedChanges);
            Assert.Equal(1, rows.Single(r => r.Id == mixed.Id).ItemCount);
            await Assert.ThrowsAsync<NotFoundException>(() => queries.OrderAsync(accountArg, markupOnly.Id));
            var details = await queries.OrderAsync(accountArg, mixed.Id);
            Assert.DoesNotContain(details.Items, i => i.Kind == ChangeKind.MarkupChange);
            Assert.All(details.Items, i => { Assert.Null(i.MarkupPercent); Assert.Null(i.UnitCost); Assert.Null(i.Subscription.MarkupPercent); });
            var history = (await queries.OrdersAsync(null, new OrderSearch(OrderView.Historical, HistoryFilter.All), new PageRequest(0, 100))).Items;
            Assert.DoesNotContain(history, r => r.RequestedChanges.Contains("Markup"));
            Assert.All(await queries.SubscriptionsAsync(null), s => Assert.Null(s.MarkupPercent));
        }
        else
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => queries.OrdersAsync(accountArg, new OrderSearch(), new PageRequest()));
        }
    }

    [Fact]
    public async Task CustomerView_CustomerNamesAnotherAccount_IsDenied()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        await using var scope = console.As(TestUsers.Customer);
        var queries = console.Get<MarketplaceQueries>(scope);
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.OrdersAsync(2, new OrderSearch(), new PageRequest()));
        var own = await queries.ScopeAsync(null);
        Assert.Equal(MarketplaceFixture.Acme, own.AccountId);
        Assert.False(own.OnBehalf);
    }

    [Fact]
    public async Task CustomerView_OtherPartnersAccount_IsNotFound()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var acmeOrder = await console.SeededOrderAsync(OrderStatus.Started);
        await using var scope = console.As(TestUsers.OtherPartner);
        var queries = console.Get<MarketplaceQueries>(scope);
        await Assert.ThrowsAsync<NotFoundException>(() => queries.OrdersAsync(MarketplaceFixture.Acme, new OrderSearch(), new PageRequest()));
        // An order id of another partner's customer answers "not found" even through one of the own accounts.
        await Assert.ThrowsAsync<NotFoundException>(() => queries.OrderAsync(DemoData.OtherPartnerAccountId, acmeOrder.Id));
        var accounts = await queries.AccountsAsync(null, new PageRequest(0, 100));
        Assert.Equal(DemoData.AccountsOfOtherPartner, accounts.Total);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            console.Get<MarketplaceOrderService>(scope).AddNoteAsync(DemoData.OtherPartnerAccountId, acmeOrder.Id, "probe"));
    }

    [Fact]
    public async Task Orders_AnotherCustomerOfSamePartner_IsNotMixedIn()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var queries = console.Get<MarketplaceQueries>(scope);
        var acmeOrder = await console.SeededOrderAsync(OrderStatus.Started);
        var rows = (await queries.OrdersAsync(2, new OrderSearch(OrderView.Historical, HistoryFilter.All), new PageRequest(0, 100))).Items
            .Concat((await queries.OrdersAsync(2, new OrderSearch(), new PageRequest(0, 100))).Items).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.Id == acmeOrder.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => queries.OrderAsync(2, acmeOrder.Id));
    }

    [Fact]
    public async Task Orders_ViewsFilterAndSearch_ServerSide()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var queries = console.Get<MarketplaceQueries>(scope);
        var recent = await queries.OrdersAsync(1, new OrderSearch(OrderView.Recent), new PageRequest(0, 2));
        Assert.Equal(2, recent.Items.Count);
        Assert.True(recent.Total > 2);
        var all = await queries.OrdersAsync(1, new OrderSearch(OrderView.Recent), new PageRequest(0, 100));
        Assert.All(all.Items, r => Assert.Contains(r.Status, OrderLifecycle.RecentStatuses));
        Assert.Contains(all.Items, r => r.Status == OrderStatus.Deleted);
        var drafts = await queries.OrdersAsync(1, new OrderSearch(OrderView.Historical, HistoryFilter.Draft), new PageRequest(0, 100));
        Assert.All(drafts.Items, r => Assert.Equal(OrderStatus.Draft, r.Status));
        var active = await queries.OrdersAsync(1, new OrderSearch(OrderView.Historical, HistoryFilter.Active), new PageRequest(0, 100));
        Assert.DoesNotContain(active.Items, r => r.Status == OrderStatus.Draft);
        Assert.Contains(active.Items, r => r.Status == OrderStatus.CompletedWithErrors);
        var found = await queries.OrdersAsync(1, new OrderSearch(OrderView.Historical, HistoryFilter.All, "acrobat"), new PageRequest(0, 100));
        Assert.NotEmpty(found.Items);
        Assert.All(found.Items, r => Assert.Contains("Acrobat", r.RequestedChanges));
        var byNote = await queries.OrdersAsync(1, new OrderSearch(OrderView.Recent, HistoryFilter.All, "HYGIENISTS"), new PageRequest(0, 100));
        Assert.Single(byNote.Items);
        var sorted = await queries.OrdersAsync(1, new OrderSearch(OrderView.Historical, HistoryFilter.All), new PageRequest(0, 100, nameof(OrderRow.Name)));
        Assert.Equal(sorted.Items.Select(r => r.Name).Order(StringComparer.Ordinal), sorted.Items.Select(r => r.Name));
    }

    [Fact]
    public async Task ExportCsv_Customer_HasNoMarkup()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        await using var partnerScope = console.As(TestUsers.PartnerAdmin);
        var partnerCsv = System.Text.Encoding.UTF8.GetString(await console.Get<MarketplaceQueries>(partnerScope).ExportCsvAsync(1, new OrderSearch()));
        await using var scope = console.As(TestUsers.Customer);
        var csv = System.Text.Encoding.UTF8.GetString(await console.Get<MarketplaceQueries>(scope).ExportCsvAsync(null, new OrderSearch()));
        Assert.Contains("Order,Items,RequestedChanges", csv);
        Assert.Contains("Markup change", partnerCsv);
        Assert.DoesNotContain("Markup", csv);
        Assert.True(csv.Split('\n').Length < partnerCsv.Split('\n').Length);
    }
}
