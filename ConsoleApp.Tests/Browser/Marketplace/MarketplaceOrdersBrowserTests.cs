using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Marketplace;

[Collection(BrowserCollection.Name)]
public sealed class MarketplaceOrdersBrowserTests(ConsoleServer server)
{
    // The vendor step runs in the background on a loaded machine: allow the 15 s the product allows it.
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task SubmitChangeOrder_StatusReachesProvisioningFinished_InBothBrowsersWithoutReload()
    {
        var partner = new MarketplacePageObject(await server.SignInAsync("partner.admin@demo.test", "/marketplace/orders?account=1"));
        await Assertions.Expect(partner.Banner).ToContainTextAsync("Customer view: Acme Dental Group — on behalf of");
        await Assertions.Expect(partner.Heading("Recent orders")).ToBeVisibleAsync();
        await partner.Page.EvaluateAsync("() => { window.__noReload = 'still-here'; }");

        var customer = new MarketplacePageObject(await server.SignInAsync("customer@demo.test", "/marketplace/orders/new"));
        await customer.Page.EvaluateAsync("() => { window.__noReload = 'still-here'; }");
        var name = await customer.SubmitLicenceIncreaseAsync("Microsoft 365 Business Premium", 2);

        await Assertions.Expect(customer.Status).ToHaveTextAsync("Provisioning finished", new() { Timeout = 15_000 });
        await Assertions.Expect(customer.Page.GetByRole(AriaRole.Complementary, new() { Name = "Licences available" })).ToBeVisibleAsync();
        await Assertions.Expect(partner.OrderRow(name)).ToContainTextAsync("Provisioning finished", Wait);
        await Assertions.Expect(partner.OrderRow(name)).ToContainTextAsync("Casey Customer");
        Assert.Equal("still-here", await partner.Page.EvaluateAsync<string>("() => window.__noReload"));
        await partner.Page.Context.CloseAsync();
        await customer.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task MarkupOnlyOrder_PartnerSeesIt_CustomerDoesNot()
    {
        var (markupId, markupName) = await QueryAsync(db => db.Set<MarketplaceOrder>()
            .Where(o => o.AccountId == 1 && !o.VisibleToCustomer && o.Status == OrderStatus.ProvisioningFinished)
            .Select(o => new ValueTuple<int, string>(o.Id, o.Name)).FirstAsync());
        var startedName = await QueryAsync(db => db.Set<MarketplaceOrder>()
            .Where(o => o.AccountId == 1 && o.VisibleToCustomer && o.Status == OrderStatus.ProvisioningStarted && o.CreatedByUserId == "demo-partner-admin")
            .Select(o => o.Name).FirstAsync());

        // The partner chooses the customer account, which lands in the address (a deep link).
        var partner = new MarketplacePageObject(await server.SignInAsync("partner.admin@demo.test", "/marketplace/orders"));
        await ConsoleServer.WaitForInteractiveGridsAsync(partner.Page);
        await partner.Search("Search customer accounts").FillAsync("Acme");
        // As a user would: the search has answered (it writes the address) before the link is clicked.
        await partner.Page.WaitForURLAsync(url => url.Contains("q=Acme"));
        await partner.AccountLink("Acme Dental Group").ClickAsync();
        await partner.Page.WaitForURLAsync(url => url.Contains("account=1"));
        await Assertions.Expect(partner.Banner).ToContainTextAsync("Acme Dental Group");
        await Assertions.Expect(partner.OrderRow(markupName)).ToContainTextAsync("Markup change");

        var customer = new MarketplacePageObject(await server.SignInAsync("customer@demo.test", "/marketplace/orders"));
        await Assertions.Expect(customer.OrderLink(startedName)).ToBeVisibleAsync();
        await Assertions.Expect(customer.OrderLink(markupName)).ToHaveCountAsync(0);
        await Assertions.Expect(customer.Grid).Not.ToContainTextAsync("Markup");
        await customer.Page.GotoAsync($"/marketplace/orders/{markupId}");
        await Assertions.Expect(customer.Heading("Order not found")).ToBeVisibleAsync();
        await customer.Page.GotoAsync("/marketplace/orders?account=2");
        await Assertions.Expect(customer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("your own organization");
        await partner.Page.Context.CloseAsync();
        await customer.Page.Context.CloseAsync();
    }

    private async Task<T> QueryAsync<T>(Func<ConsoleDbContext, Task<T>> query)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        return await query(db);
    }
}
