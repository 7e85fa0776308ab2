using ConsoleApp.Components.Features.Marketplace;
using Microsoft.EntityFrameworkCore;
using static ConsoleApp.Tests.Features.Marketplace.MarketplaceBunit;

namespace ConsoleApp.Tests.Features.Marketplace;

/// <summary>An order's page: items, licences, actions, notes, live provisioning.</summary>
public sealed class OrderDetailsComponentTests
{
    private const string Standard = "Microsoft 365 Business Standard";
    private const string Premium = "Microsoft 365 Business Premium";

    private static string Status<T>(IRenderedComponent<T> view) where T : Microsoft.AspNetCore.Components.IComponent =>
        view.Find("[data-testid=order-status]").GetAttribute("data-status")!;

    [Fact]
    public async Task Render_FailedOrder_VendorMessageRefusedItemAndNoActions()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var failed = await t.Console.SeededOrderAsync(OrderStatus.ProvisioningFailed);
        var scope = await t.CustomerScopeAsync();

        var view = t.Ctx.Render<OrderDetailsView>(p => p.Add(v => v.Scope, scope).Add(v => v.OrderId, failed.Id));

        view.WaitForAssertion(() => Assert.Equal(failed.Name, view.Find("h1").TextContent));
        Assert.Equal("ProvisioningFailed", Status(view));
        Assert.Contains("Vendor error 4012", view.Find("[data-testid=vendor-message]").TextContent);
        Assert.Equal("Refused by vendor", view.Find("[data-status=Failed]").TextContent.Trim());
        Assert.Empty(view.FindAll("[role=group][aria-label='Order actions']"));
        Assert.Contains("Created by Casey Customer (Acme Dental Group)", view.Find("[data-testid=order-meta]").TextContent);
        Assert.Equal("/marketplace/orders", view.FindAll("nav a").Single().GetAttribute("href"));
    }

    [Fact]
    public async Task Render_OrderWithMarkupChange_PartnerSeesMarkupCustomerDoesNot()
    {
        await using var partner = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);
        var mixed = await partner.Console.SeededOrderAsync(OrderStatus.ProvisioningFinished);
        var partnerView = partner.Ctx.Render<OrderDetailsView>(p => p.Add(v => v.Scope, partner.CustomerScopeAsync().Result).Add(v => v.OrderId, mixed.Id));
        partnerView.WaitForAssertion(() => Assert.Equal(2, partnerView.FindAll("[role=article]").Count));
        Assert.Contains(partnerView.FindAll("[role=article]"), a => a.GetAttribute("aria-label")!.StartsWith("Markup change", StringComparison.Ordinal));
        Assert.NotEmpty(partnerView.FindAll("[data-testid=item-markup]"));

        await using var customer = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var customerView = customer.Ctx.Render<OrderDetailsView>(p => p.Add(v => v.Scope, customer.CustomerScopeAsync().Result).Add(v => v.OrderId, mixed.Id));
        customerView.WaitForAssertion(() => Assert.Single(customerView.FindAll("[role=article]")));
        Assert.DoesNotContain("arkup", customerView.Find("main, section[aria-label='Order items']").TextContent);
        Assert.Empty(customerView.FindAll("[data-testid=item-markup]"));
    }

    [Fact]
    public async Task Submit_StartedOrder_StatusAndLicencesFollowProvisioningLive()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var sub = await t.Console.SubscriptionAsync(Standard);
        var id = await t.Console.CreateAsync(TestUsers.Customer, null, new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 2));
        var view = t.Ctx.Render<OrderDetailsView>(p => p.Add(v => v.Scope, t.CustomerScopeAsync().Result).Add(v => v.OrderId, id));
        view.WaitForAssertion(() => Assert.Equal("Started", Status(view)));
        Assert.Equal(sub.Licences.ToString(), view.Find("[data-testid=licences-available]").TextContent);

        await Press(view, "Submit order");

        view.WaitForAssertion(() => Assert.Equal("ProvisioningStarted", Status(view)));
        Assert.Contains("Order submitted: the vendor is provisioning it.", t.Ctx.SnackbarMessages());
        Assert.Empty(view.FindAll("[role=group][aria-label='Order actions']"));
        // The vendor's step is published on the change feed: the open page follows without a reload.
        Assert.Equal(1, await t.Console.Worker().RunDueAsync());
        view.WaitForAssertion(() => Assert.Equal("ProvisioningFinished", Status(view)), TimeSpan.FromSeconds(5));
        Assert.Equal((sub.Licences + 2).ToString(), view.Find("[data-testid=licences-available]").TextContent);
        Assert.Equal("Provisioned", view.Find("[data-status=Succeeded]").TextContent.Trim());
    }

    [Fact]
    public async Task Delete_AskedFirst_CancelKeepsConfirmDeletes()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var sub = await t.Console.SubscriptionAsync(Standard);
        var id = await t.Console.CreateAsync(TestUsers.PartnerStaff, 1, new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 1));
        var view = t.Ctx.Render<OrderDetailsView>(p => p.Add(v => v.Scope, t.CustomerScopeAsync().Result).Add(v => v.OrderId, id));
        view.WaitForAssertion(() => Assert.Equal("Started", Status(view)));

        await Press(view, "Delete order");
        t.Providers.WaitForAssertion(() => Assert.Contains("stays listed as Deleted", t.Providers.Find(".mud-dialog").TextContent));
        Assert.Contains("mud-button-filled-error", t.Providers.Find("[data-testid=confirm-button]").ClassName);
        t.Providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        t.Providers.WaitForAssertion(() => Assert.Empty(t.Providers.FindAll(".mud-dialog")));
        Assert.Equal(OrderStatus.Started, (await t.Console.OrderAsync(id)).Status);

        await Press(view, "Delete order");
        t.Providers.WaitForAssertion(() => Assert.NotEmpty(t.Providers.FindAll("[data-testid=confirm-button]")));
        t.Providers.Find("[data-testid=confirm-button]").Click();

        view.WaitForAssertion(() => Assert.Equal("Deleted", Status(view)));
        Assert.Equal(OrderStatus.Deleted, (await t.Console.OrderAsync(id)).Status);
        Assert.Contains("Order deleted.", t.Ctx.SnackbarMessages());
    }

    [Fact]
    public async Task RemoveItem_TwoChanges_OneLeftAndItCannotGo()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var standard = await t.Console.SubscriptionAsync(Standard);
        var premium = await t.Console.SubscriptionAsync(Premium);
        var id = await t.Console.CreateAsync(TestUsers.Customer, null,
            new ChangeRequest(ChangeKind.LicenceIncrease, standard.Id, 1), new ChangeRequest(ChangeKind.LicenceIncrease, premium.Id, 1));
        var view = t.Ctx.Render<OrderDetailsView>(p => p.Add(v => v.Scope, t.CustomerScopeAsync().Result).Add(v => v.OrderId, id));
        view.WaitForAssertion(() => Assert.Equal(2, view.FindAll("button[aria-label^='Remove']").Count));
        Assert.Equal($"/marketplace/orders/new?order={id}", view.FindAll("a").Single(a => a.TextContent.Contains("Add a change to this order")).GetAttribute("href"));

        view.Find($"button[aria-label='Remove Licence increase: {Premium}']").Click();

        view.WaitForAssertion(() => Assert.Single(view.FindAll("[role=article]")));
        Assert.Empty(view.FindAll("button[aria-label^='Remove']"));
        Assert.Single((await t.Console.OrderAsync(id)).Items);
    }

    [Fact]
    public async Task Live_NoteAddedByAnotherUser_AppearsWithoutReload()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var draft = await t.Console.SeededOrderAsync(OrderStatus.Draft);
        var view = t.Ctx.Render<OrderDetailsView>(p => p.Add(v => v.Scope, t.CustomerScopeAsync().Result).Add(v => v.OrderId, draft.Id));
        view.WaitForAssertion(() => Assert.Equal(draft.Name, view.Find("h1").TextContent));

        await using (var customer = t.Console.As(TestUsers.Customer))
            await t.Console.Get<MarketplaceOrderService>(customer).AddNoteAsync(null, draft.Id, "Please finish this before Friday.");

        view.WaitForAssertion(() => Assert.Contains("Please finish this before Friday.", view.Find("#notes").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("Casey Customer", view.Find("#notes").TextContent);
    }

    [Fact]
    public async Task ItemCard_Description_OpensSubscriptionDetailsAndRemoveCallsBack()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var sub = new SubscriptionInfo(7, Vendor.Microsoft, "Microsoft 365 Business Basic", "it@contoso.test", "Kim", "Lee", "contoso.onmicrosoft.com",
            null, SubscriptionState.Active, 6.90m, null, null, "Monthly", "Invoice", "");
        var item = new OrderItemDetails(3, ChangeKind.NewSubscription, "Microsoft 365 Business Basic", 4, "Monthly, Invoice", "None", 6.90m, null, null,
            27.60m, ItemResult.Pending, null, sub);
        var removed = 0;

        var card = ctx.Render<OrderItemCard>(p => p.Add(c => c.Item, item).Add(c => c.CanRemove, true).Add(c => c.OnRemove, () => removed++));

        Assert.Equal("New subscription: Microsoft 365 Business Basic", card.Find("[role=article]").GetAttribute("aria-label"));
        Assert.Contains("6.90 per licence and month; monthly change 27.60", card.Markup);
        Assert.Empty(card.FindAll("[data-testid=item-markup]"));
        Assert.Empty(card.FindAll("[data-status]"));
        var toggle = card.Find("button[aria-expanded]");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        toggle.Click();
        var details = card.Find("[aria-label='Subscription details']").TextContent;
        Assert.Contains("contoso.onmicrosoft.com", details);
        Assert.Contains("not yet provisioned", details);
        Assert.DoesNotContain("Partner cost", details);
        card.Find("button[aria-label^='Remove']").Click();
        Assert.Equal(1, removed);
    }

    [Fact]
    public async Task ItemCard_PartnerItemRefused_ShowsCostMarkupAndVendorMessage()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var sub = new SubscriptionInfo(8, Vendor.Adobe, "Adobe Acrobat Pro", "a@b.test", "A", "B", null, 5, SubscriptionState.Suspended, 21.59m, 19.99m, 8m, "Monthly", "Invoice", "Adobe Sign");
        var item = new OrderItemDetails(4, ChangeKind.Suspension, "Adobe Acrobat Pro", 0, "Monthly, Invoice", "Adobe Sign", 21.59m, 19.99m, 8m,
            0m, ItemResult.Failed, "Vendor error 1: no.", sub);

        var card = ctx.Render<OrderItemCard>(p => p.Add(c => c.Item, item));

        Assert.Equal("Refused by vendor", card.Find("[data-status=Failed]").TextContent.Trim());
        Assert.Contains("cost 19.99, markup 8 %", card.Find("[data-testid=item-markup]").TextContent);
        Assert.Contains("Vendor error 1: no.", card.Markup);
        Assert.Empty(card.FindAll("button[aria-label^='Remove']"));
        card.Find("button[aria-expanded]").Click();
        Assert.Contains("5 (suspended)", card.Find("[aria-label='Subscription details']").TextContent);
        Assert.Contains("Partner cost", card.Find("[aria-label='Subscription details']").TextContent);
    }

    [Fact]
    public async Task Notes_EmptyThenWritten_FieldMessageThenStored()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var completed = await t.Console.SeededOrderAsync(OrderStatus.Completed);
        var notes = t.Ctx.Render<OrderNotes>(p => p.Add(n => n.Scope, t.CustomerScopeAsync().Result).Add(n => n.OrderId, completed.Id));
        Assert.Contains("No notes yet.", notes.Find("[data-testid=empty-state]").TextContent);

        await Press(notes, "Add note");
        notes.WaitForAssertion(() => Assert.Contains("Write a note first.", notes.Find(".mud-input-error").TextContent));

        Field(notes, "Add a note").QuerySelector("textarea")!.Input("Invoice reference 4711, please.");
        await Press(notes, "Add note");

        notes.WaitForAssertion(() => Assert.Contains("Note added.", t.Ctx.SnackbarMessages()));
        Assert.Empty(notes.FindAll(".mud-input-error"));
        await using var db = await t.Console.SystemDbAsync();
        var stored = await db.Set<MarketplaceOrderNote>().SingleAsync(n => n.OrderId == completed.Id);
        Assert.Equal(("Invoice reference 4711, please.", "Casey Customer"), (stored.Text, stored.AuthorName));
    }

    [Fact]
    public async Task Notes_Given_ListedWithAuthorAndTime()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var notes = t.Ctx.Render<OrderNotes>(p => p.Add(n => n.Scope, t.CustomerScopeAsync().Result).Add(n => n.OrderId, 1)
            .Add(n => n.Notes, [new NoteView(1, "Pat Admin", new DateTime(2026, 11, 30, 8, 15, 0, DateTimeKind.Utc), "Line one\nline two")]));

        Assert.Empty(notes.FindAll("[data-testid=empty-state]"));
        Assert.Contains("Pat Admin · 2026-11-30 08:15 UTC", notes.Find(".pc-mk-notes").TextContent);
        Assert.Equal("Line one\nline two", notes.Find(".pc-mk-note-text").TextContent);
    }
}

/// <summary>The change order form: what it offers per role, its field messages, and creating the order.</summary>
public sealed class ChangeOrderFormComponentTests
{
    private const string Standard = "Microsoft 365 Business Standard";

    private static IRenderedComponent<ChangeOrderForm> Render(MarketplaceBunit t, int? existing = null) =>
        t.Ctx.Render<ChangeOrderForm>(p => p.Add(f => f.Scope, t.CustomerScopeAsync().Result).Add(f => f.ExistingOrderId, existing));

    [Fact]
    public async Task Kinds_CustomerIsNotOfferedMarkupPartnerIs()
    {
        await using var customer = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var form = Render(customer);
        Assert.Equal(["Licence increase", "Licence decrease", "Suspension", "New subscription"], customer.OptionsOf(form, "Change"));

        await using var partner = await MarketplaceBunit.StartAsync(TestUsers.PartnerAdmin);
        var partnerForm = Render(partner);
        Assert.Contains("Markup change", partner.OptionsOf(partnerForm, "Change"));
    }

    [Fact]
    public async Task Add_NoSubscriptionChosen_MessageUnderTheField()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var form = Render(t);
        Assert.Contains("No changes yet", form.Find("[data-testid=empty-state]").TextContent);

        await Press(form, "Add to order");

        form.WaitForAssertion(() => Assert.Contains("Choose one of this account's subscriptions.", Field(form, "Subscription").TextContent));
        Assert.Contains("No changes yet", form.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public async Task Add_DecreaseToZero_ServiceMessageUnderLicences()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var sub = await t.Console.SubscriptionAsync(Standard);
        var form = Render(t);

        t.Choose(form, "Change", "Licence decrease");
        t.Choose(form, "Subscription", Standard);
        await Enter(form, "Licences", sub.Licences.ToString());
        await Press(form, "Add to order");

        form.WaitForAssertion(() => Assert.Contains($"The subscription has {sub.Licences} licences and must keep at least one", Field(form, "Licences").TextContent));
    }

    [Fact]
    public async Task Add_ValidChangesThenSubmit_CreatesSubmittedOrderAndOpensIt()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.Customer);
        var form = Render(t);

        t.Choose(form, "Subscription", Standard);
        await Enter(form, "Licences", "2");
        await Press(form, "Add to order");
        form.WaitForAssertion(() => Assert.Contains($"Licence increase: +2 {Standard}", form.Find("[role=region][aria-label='Changes in this order'] li").TextContent));
        Assert.Empty(form.FindAll(".mud-input-error"));

        await Press(form, "Submit order");

        form.WaitForAssertion(() => Assert.Matches(@"/marketplace/orders/\d+$", t.Navigation.Uri));
        var id = int.Parse(t.Navigation.Uri.Split('/').Last());
        var order = await t.Console.OrderAsync(id);
        Assert.Equal(OrderStatus.ProvisioningStarted, order.Status);
        Assert.Equal(2, order.Items.Single().Quantity);
        Assert.Contains("Order submitted: the vendor is provisioning it.", t.Ctx.SnackbarMessages());
    }

    [Fact]
    public async Task NewMicrosoftSubscription_AsksForTenantAndNamesEveryMissingField()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.PartnerStaff);
        var form = Render(t);

        t.Choose(form, "Change", "New subscription");
        Assert.DoesNotContain(form.FindAll(".mud-input-control"), c => c.QuerySelector("label")?.TextContent == "Tenant name");
        t.Choose(form, "Offer", "Microsoft 365 Business Basic");
        await Enter(form, "Admin e-mail", "not-an-address");
        await Press(form, "Add to order");

        form.WaitForAssertion(() => Assert.Contains("Enter a valid admin e-mail address.", Field(form, "Admin e-mail").TextContent));
        Assert.Contains("Enter the admin's name.", Field(form, "Name").TextContent);
        Assert.Contains("Enter the admin's surname.", Field(form, "Surname").TextContent);
        Assert.Contains("Enter the Microsoft tenant name", Field(form, "Tenant name").TextContent);

        await Enter(form, "Admin e-mail", "it@northwind.test");
        await Enter(form, "Name", "Kim");
        await Enter(form, "Surname", "Lee");
        await Enter(form, "Tenant name", "acmedental2.onmicrosoft.com");
        await Press(form, "Add to order");

        form.WaitForAssertion(() => Assert.Contains("New subscription: 1 × Microsoft 365 Business Basic", form.Find("[role=region][aria-label='Changes in this order'] li").TextContent));
        await Press(form, "Save as draft");
        form.WaitForAssertion(() => Assert.Matches(@"/marketplace/orders/\d+\?account=1$", t.Navigation.Uri));
        Assert.Equal(OrderStatus.Draft, (await t.Console.OrderAsync(int.Parse(t.Navigation.Uri.Split('/').Last().Split('?')[0]))).Status);
    }

    [Fact]
    public async Task ExistingOrder_ChangeAdded_BackOnTheOrder()
    {
        await using var t = await MarketplaceBunit.StartAsync(TestUsers.CustomerAdmin);
        var started = await t.Console.SeededOrderAsync(OrderStatus.Started);
        var form = Render(t, started.Id);
        Assert.Equal("Add a change to the order", form.Find("h1").TextContent);
        Assert.Empty(form.FindAll("[role=region][aria-label='Changes in this order']"));

        t.Choose(form, "Change", "Suspension");
        t.Choose(form, "Subscription", "Adobe Acrobat Pro");
        await Press(form, "Add to order");

        form.WaitForAssertion(() => Assert.EndsWith($"/marketplace/orders/{started.Id}", t.Navigation.Uri));
        Assert.Equal(started.Items.Count + 1, (await t.Console.OrderAsync(started.Id)).Items.Count);
    }
}
