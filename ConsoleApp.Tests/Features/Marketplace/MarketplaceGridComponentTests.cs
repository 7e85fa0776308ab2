using ConsoleApp.Components.Features.Marketplace;
using static ConsoleApp.Tests.Features.Marketplace.MarketplaceBunit;

namespace ConsoleApp.Tests.Features.Marketplace;

/// <summary>The orders grid and the pages around it (Recent, Historical), over the seeded Acme Dental Group orders.</summary>
public sealed class MarketplaceGridComponentTests
{
    [Fact]
    public async Task Recent_Partner_ShowsEveryRecentOrderWithMarkupOnlyOnes()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);
        var markupOnly = await t.Console.SeededOrderAsync(OrderStatus.ProvisioningFinished, markupOnly: true);
        var failed = await t.Console.SeededOrderAsync(OrderStatus.ProvisioningFailed);
        var scope = await t.CustomerScopeAsync();

        var grid = t.Ctx.Render<OrdersGrid>(p => p.Add(g => g.Scope, scope));

        grid.WaitForAssertion(() => Assert.Equal("6 orders", grid.Find("[data-testid=orders-total]").TextContent));
        Assert.Equal(["Order ID / # of items", "Requested changes", "Created by", "Date", "Status", "Note"], Headers(grid));
        Assert.Contains("Markup change to 20 %", Row(grid, markupOnly.Name).TextContent);
        Assert.Equal("failed", Row(grid, failed.Name).QuerySelector("[data-status=ProvisioningFailed]")!.GetAttribute("data-tone"));
        Assert.Equal($"/marketplace/orders/{failed.Id}?account=1", Row(grid, failed.Name).QuerySelector("a")!.GetAttribute("href"));
        // Each row shows its latest note, or offers to add one.
        Assert.All(Rows(grid), r => Assert.True(r.QuerySelector("[data-testid=latest-note]") is not null || r.TextContent.Contains("Add a note")));
    }

    [Fact]
    public async Task Recent_Customer_NeverSeesMarkup()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var markupOnly = await t.Console.SeededOrderAsync(OrderStatus.ProvisioningFinished, markupOnly: true);
        var scope = await t.CustomerScopeAsync();

        var grid = t.Ctx.Render<OrdersGrid>(p => p.Add(g => g.Scope, scope));

        grid.WaitForAssertion(() => Assert.Equal("5 orders", grid.Find("[data-testid=orders-total]").TextContent));
        Assert.DoesNotContain(markupOnly.Name, grid.Find("tbody").TextContent);
        Assert.DoesNotContain("Markup", grid.Find("tbody").TextContent);
        Assert.StartsWith("/marketplace/orders/", grid.Find("tbody a").GetAttribute("href"));
        Assert.DoesNotContain("account=", grid.Find("tbody a").GetAttribute("href"));
    }

    [Fact]
    public async Task HistoricalAll_MoreColumns_LongTextsOnOneLineWithWholeTextOnHover()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var withErrors = await t.Console.SeededOrderAsync(OrderStatus.CompletedWithErrors);
        var scope = await t.CustomerScopeAsync();

        var grid = t.Ctx.Render<OrdersGrid>(p => p.Add(g => g.Scope, scope).Add(g => g.View, OrderView.Historical).Add(g => g.Filter, HistoryFilter.All));

        grid.WaitForAssertion(() => Assert.Equal("6 orders", grid.Find("[data-testid=orders-total]").TextContent));
        Assert.Equal(["Order ID / # of items", "Requested changes", "Created by", "Date", "Status", "Submitted", "Completed", "Monthly change", "Vendor message", "Note"], Headers(grid));
        var message = Row(grid, withErrors.Name).QuerySelector("[data-testid=vendor-message]")!;
        Assert.Equal(withErrors.VendorMessage, message.GetAttribute("title"));
        Assert.Contains("pc-mk-clip", message.ClassName);
        Assert.Contains("Completed with errors", Row(grid, withErrors.Name).TextContent);
    }

    [Theory]
    [InlineData(HistoryFilter.Active, 5)]
    [InlineData(HistoryFilter.Draft, 1)]
    public async Task Historical_ActiveOrDraft_OnlyThoseOrdersWithoutDetailColumns(HistoryFilter filter, int count)
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var scope = await t.CustomerScopeAsync();

        var grid = t.Ctx.Render<OrdersGrid>(p => p.Add(g => g.Scope, scope).Add(g => g.View, OrderView.Historical).Add(g => g.Filter, filter));

        grid.WaitForAssertion(() => Assert.Equal($"{count} {(count == 1 ? "order" : "orders")}", grid.Find("[data-testid=orders-total]").TextContent));
        Assert.DoesNotContain("Vendor message", Headers(grid));
        Assert.All(grid.FindAll("tbody [data-status]"), chip =>
            Assert.Contains(chip.GetAttribute("data-status")!, filter == HistoryFilter.Draft ? (string[])["Draft"] : ["InProgress", "Completed", "CompletedWithErrors"]));
    }

    [Fact]
    public async Task Search_NothingMatches_EmptyStateSaysWhyAndAddressKeepsIt()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var scope = await t.CustomerScopeAsync();
        t.Navigation.NavigateTo("/marketplace/orders?account=1");
        var grid = t.Ctx.Render<OrdersGrid>(p => p.Add(g => g.Scope, scope));
        grid.WaitForAssertion(() => Assert.NotEmpty(Rows(grid)));

        grid.Find(".pc-grid-search input").Input("Nothing Like It");

        grid.WaitForAssertion(() => Assert.Contains("No orders match “Nothing Like It”.", grid.Find("[data-testid=empty-state]").TextContent));
        Assert.Contains("account=1", t.Navigation.Uri);
        Assert.Contains("q=Nothing", t.Navigation.Uri);
    }

    [Fact]
    public async Task RowClicked_OpensTheOrdersPage()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var draft = await t.Console.SeededOrderAsync(OrderStatus.Draft);
        var scope = await t.CustomerScopeAsync();
        var grid = t.Ctx.Render<OrdersGrid>(p => p.Add(g => g.Scope, scope).Add(g => g.View, OrderView.Historical).Add(g => g.Filter, HistoryFilter.Draft));
        grid.WaitForAssertion(() => Assert.Single(Rows(grid)));

        Rows(grid)[0].QuerySelector("td:nth-child(2)")!.Click();

        Assert.EndsWith($"/marketplace/orders/{draft.Id}?account=1", t.Navigation.Uri);
    }

    [Fact]
    public async Task Live_ProvisioningStep_RowStatusChangesWithoutReload()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);
        var sub = await t.Console.SubscriptionAsync("Microsoft 365 Business Standard");
        var id = await t.Console.CreateAsync(TestUsers.Customer, null, new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 2));
        await t.Console.ApplyAsync(TestUsers.Customer, null, id, OrderAction.Submit);
        var name = (await t.Console.OrderAsync(id)).Name;
        var scope = await t.CustomerScopeAsync();
        var grid = t.Ctx.Render<OrdersGrid>(p => p.Add(g => g.Scope, scope));
        grid.WaitForAssertion(() => Assert.Contains("Provisioning started", Row(grid, name).TextContent));

        // The vendor answers: the worker commits the step and publishes it on the change feed.
        Assert.Equal(1, await t.Console.Worker().RunDueAsync());

        grid.WaitForAssertion(() => Assert.Contains("Provisioning finished", Row(grid, name).TextContent), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Export_CurrentView_DownloadsCsvNamedAfterIt()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var scope = await t.CustomerScopeAsync();
        var grid = t.Ctx.Render<OrdersGrid>(p => p.Add(g => g.Scope, scope).Add(g => g.View, OrderView.Historical).Add(g => g.Filter, HistoryFilter.All));
        grid.WaitForAssertion(() => Assert.NotEmpty(Rows(grid)));

        Button(grid, "Export CSV").Click();

        grid.WaitForAssertion(() => Assert.Contains(t.Ctx.JSInterop.Invocations, i => i.Identifier == "partnerConsole.downloadFile"
            && i.Arguments[0] is string file && file.StartsWith("marketplace-history-all-account1-", StringComparison.Ordinal)));
    }
}

public sealed class MarketplacePageComponentTests
{
    [Fact]
    public async Task RecentPage_PartnerOnBehalf_HeadingBannerAndLinksKeepTheAccount()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);

        var page = t.Open<RecentOrdersPage>("/marketplace/orders?account=1");

        page.WaitForAssertion(() => Assert.Equal("Recent orders", page.Find("h1").TextContent));
        Assert.NotNull(page.Find("[role=region][aria-label='Customer view']"));
        Assert.Equal("/marketplace/orders/new?account=1", page.FindAll("a").Single(a => a.TextContent.Contains("New change order")).GetAttribute("href"));
        Assert.Equal("/marketplace/orders/history?account=1", page.FindAll("a").Single(a => a.TextContent.Contains("Historical orders")).GetAttribute("href"));
        page.WaitForAssertion(() => Assert.Equal(6, Rows(page).Count));
    }

    [Fact]
    public async Task RecentPage_AccountNotANumber_NormalNotFound()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);

        var page = t.Open<RecentOrdersPage>("/marketplace/orders?account=abc");

        page.WaitForAssertion(() => Assert.Equal("Customer account not found", page.Find("h1").TextContent));
    }

    [Fact]
    public async Task RecentPage_Customer_OwnOrdersWithoutCustomerViewBanner()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);

        var page = t.Open<RecentOrdersPage>("/marketplace/orders");

        page.WaitForAssertion(() => Assert.Equal(5, Rows(page).Count));
        Assert.Empty(page.FindAll("[role=region][aria-label='Customer view']"));
        Assert.Equal("/marketplace/orders/new", page.FindAll("a").Single(a => a.TextContent.Contains("New change order")).GetAttribute("href"));
    }

    [Fact]
    public async Task HistoricalPage_FilterInAddress_ShowsThatView()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);

        var page = t.Open<HistoricalOrdersPage>("/marketplace/orders/history?filter=all");

        page.WaitForAssertion(() => Assert.Equal("5 orders", page.Find("[data-testid=orders-total]").TextContent));
        Assert.Contains("Vendor message", Headers(page));
        Assert.Equal("All", Field(page, "Show").QuerySelector("input")!.GetAttribute("value"));
    }

    [Fact]
    public async Task HistoricalPage_FilterChosen_GoesToThatViewKeepingAccountAndSearch()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var page = t.Open<HistoricalOrdersPage>("/marketplace/orders/history?account=1&q=order");
        page.WaitForAssertion(() => Assert.NotEmpty(Rows(page)));
        Assert.DoesNotContain("Vendor message", Headers(page));

        t.Choose(page, "Show", "Draft");

        page.WaitForAssertion(() => Assert.Contains("filter=draft", t.Navigation.Uri));
        Assert.Contains("account=1", t.Navigation.Uri);
        Assert.Contains("q=order", t.Navigation.Uri);
        page.WaitForAssertion(() => Assert.Equal("1 order", page.Find("[data-testid=orders-total]").TextContent));
    }

    [Fact]
    public async Task NewOrderPage_WithOrWithoutExistingOrder_AsksForTheRightThing()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var started = await t.Console.SeededOrderAsync(OrderStatus.Started);

        var fresh = t.Open<NewOrderPage>("/marketplace/orders/new?account=1");
        fresh.WaitForAssertion(() => Assert.Equal("New change order", fresh.Find("h1").TextContent));
        var adding = t.Open<NewOrderPage>($"/marketplace/orders/new?account=1&order={started.Id}");
        adding.WaitForAssertion(() => Assert.Equal("Add a change to the order", adding.Find("h1").TextContent));
        var garbled = t.Open<NewOrderPage>("/marketplace/orders/new?account=1&order=abc");
        garbled.WaitForAssertion(() => Assert.Equal("New change order", garbled.Find("h1").TextContent));
    }

    [Fact]
    public async Task DetailsPage_OrderOfTheAccount_OpensItAndMarkupOnlyIsNotFoundForCustomers()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var visible = await t.Console.SeededOrderAsync(OrderStatus.Completed);
        var markupOnly = await t.Console.SeededOrderAsync(OrderStatus.ProvisioningFinished, markupOnly: true);

        var page = t.Open<OrderDetailsPage>("/marketplace/orders/" + visible.Id, p => p.Add(d => d.OrderId, visible.Id));
        page.WaitForAssertion(() => Assert.Equal(visible.Name, page.Find("h1").TextContent));
        var hidden = t.Open<OrderDetailsPage>("/marketplace/orders/" + markupOnly.Id, p => p.Add(d => d.OrderId, markupOnly.Id));
        hidden.WaitForAssertion(() => Assert.Equal("Order not found", hidden.Find("h1").TextContent));
    }
}
