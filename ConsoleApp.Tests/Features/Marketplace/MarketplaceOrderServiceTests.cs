using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Marketplace;

public sealed class MarketplaceOrderServiceTests
{
    private const string Standard = "Microsoft 365 Business Standard";

    [Fact]
    public async Task Submit_LicenceIncrease_RunsWholeLifeCycleAndAddsLicences()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var sub = await console.SubscriptionAsync(Standard);
        var events = new List<ChangeEvent>();
        using var _ = console.Services.GetRequiredService<IChangeNotifier>().Subscribe(MarketplaceTopics.Topic, Tenant.Account(1), e => { lock (events) events.Add(e); return Task.CompletedTask; });

        var id = await console.CreateAsync(TestUsers.Customer, null, new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 3));
        var created = await console.OrderAsync(id);
        Assert.Equal(OrderStatus.Started, created.Status);
        Assert.Matches(@"^Order #\d\d-\d\d-\d{4}(/\d+)?$", created.Name);
        Assert.Equal("Acme Dental Group", created.CreatedByOrganization);

        await console.ApplyAsync(TestUsers.Customer, null, id, OrderAction.Submit);
        Assert.Equal(OrderStatus.ProvisioningStarted, (await console.OrderAsync(id)).Status);

        var seen = new List<OrderStatus>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, await console.Worker().RunDueAsync());
            seen.Add((await console.OrderAsync(id)).Status);
        }
        Assert.Equal([OrderStatus.ProvisioningFinished, OrderStatus.InProgress, OrderStatus.Completed], seen);
        Assert.Equal(0, await console.Worker().RunDueAsync());
        Assert.Equal(sub.Licences + 3, (await console.SubscriptionAsync(Standard)).Licences);
        var done = await console.OrderAsync(id);
        Assert.NotNull(done.CompletedAt);
        Assert.All(done.Items, i => Assert.Equal(ItemResult.Succeeded, i.Result));

        await using var db = await console.SystemDbAsync();
        var actions = await db.AuditEntries.Where(a => a.Entity == "MarketplaceOrder" && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Equal(["Create", "Submit", "Provisioning", "Provisioning", "Provisioning"], actions);
        await Eventually.TrueAsync(() => { lock (events) return events.Count(e => e.EntityId == id.ToString()) >= 5; });
    }

    [Fact]
    public async Task Submit_NewSubscriptionWithRejectedDomain_FailsWithVendorMessageThenCompletedWithErrors()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var id = await console.CreateAsync(TestUsers.PartnerAdmin, 1, new ChangeRequest(ChangeKind.NewSubscription, Quantity: 4,
            ProductName: "Microsoft 365 Business Basic", AdminEmail: "boss@acme.invalid.test", AdminFirstName: "Bo", AdminLastName: "Ss",
            TenantName: "acmenew.onmicrosoft.com"));
        Assert.Equal("Northwind Communications", (await console.OrderAsync(id)).CreatedByOrganization);
        await console.ApplyAsync(TestUsers.PartnerAdmin, 1, id, OrderAction.Submit);
        await console.Worker().RunDueAsync();
        var failed = await console.OrderAsync(id);
        Assert.Equal(OrderStatus.ProvisioningFailed, failed.Status);
        Assert.Contains("boss@acme.invalid.test is not accepted", failed.VendorMessage);
        await console.Worker().RunDueAsync();
        Assert.Equal(OrderStatus.CompletedWithErrors, (await console.OrderAsync(id)).Status);
        await using var db = await console.SystemDbAsync();
        Assert.False(await db.Set<MarketplaceSubscription>().AnyAsync(s => s.ProductName == "Microsoft 365 Business Basic" && s.AccountId == 1));
    }

    [Fact]
    public async Task Submit_NewSubscription_CreatesSubscriptionShownInLicencePanel()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var id = await console.CreateAsync(TestUsers.CustomerAdmin, null, new ChangeRequest(ChangeKind.NewSubscription, Quantity: 7,
            ProductName: "Dropbox Business Plus", AdminEmail: "it@acmedental.test", AdminFirstName: "Ana", AdminLastName: "Diaz"));
        await console.ApplyAsync(TestUsers.CustomerAdmin, null, id, OrderAction.Submit);
        await console.Worker().RunDueAsync();
        await using var scope = console.As(TestUsers.CustomerAdmin);
        var details = await console.Get<MarketplaceQueries>(scope).OrderAsync(null, id);
        Assert.Equal(OrderStatus.ProvisioningFinished, details.Status);
        Assert.Equal(7, Assert.Single(details.LicencePanel).Licences);
        Assert.Equal("it@acmedental.test", details.Items[0].Subscription.AdminEmail);
        Assert.Null(details.Items[0].Subscription.TenantName);
    }

    [Theory]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.CompletedWithErrors)]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.Draft)]
    public async Task Modify_HistoricalOrder_IsRefusedAndNothingChanges(OrderStatus status)
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var order = await console.SeededOrderAsync(status);
        var sub = await console.SubscriptionAsync(Standard);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var service = console.Get<MarketplaceOrderService>(scope);
        var add = await Assert.ThrowsAsync<InvalidOrderTransitionException>(() =>
            service.AddItemAsync(1, order.Id, new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 1)));
        Assert.Contains("cannot be modified", add.Message);
        await Assert.ThrowsAsync<InvalidOrderTransitionException>(() => service.RemoveItemAsync(1, order.Id, order.Items[0].Id));
        await Assert.ThrowsAsync<InvalidOrderTransitionException>(() => service.ApplyAsync(1, order.Id, OrderAction.Delete));
        await Assert.ThrowsAsync<InvalidOrderTransitionException>(() => service.ApplyAsync(1, order.Id, OrderAction.Submit));
        var after = await console.OrderAsync(order.Id);
        Assert.Equal(status, after.Status);
        Assert.Equal(order.Version, after.Version);
        Assert.Equal(order.Items.Count, after.Items.Count);
    }

    [Fact]
    public async Task Draft_SaveResumeEditDelete_FollowsLifeCycle()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var sub = await console.SubscriptionAsync(Standard);
        var premium = await console.SubscriptionAsync("Microsoft 365 Business Premium");
        var id = await console.CreateAsync(TestUsers.Customer, null, new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 2));
        await console.ApplyAsync(TestUsers.Customer, null, id, OrderAction.SaveDraft);
        Assert.Equal(OrderStatus.Draft, (await console.OrderAsync(id)).Status);
        await console.ApplyAsync(TestUsers.CustomerAdmin, null, id, OrderAction.Resume);
        await using (var scope = console.As(TestUsers.Customer))
        {
            var service = console.Get<MarketplaceOrderService>(scope);
            await service.AddItemAsync(null, id, new ChangeRequest(ChangeKind.Suspension, premium.Id));
            var order = await console.OrderAsync(id);
            Assert.Equal(2, order.Items.Count);
            await service.RemoveItemAsync(null, id, order.Items[0].Id);
            await Assert.ThrowsAsync<Components.Platform.Errors.ValidationFailedException>(() => service.RemoveItemAsync(null, id, order.Items[1].Id));
        }
        await console.ApplyAsync(TestUsers.Customer, null, id, OrderAction.Delete);
        var deleted = await console.OrderAsync(id);
        Assert.Equal(OrderStatus.Deleted, deleted.Status);
        Assert.Equal(ChangeKind.Suspension, Assert.Single(deleted.Items).Kind);
        await Assert.ThrowsAsync<InvalidOrderTransitionException>(() => console.ApplyAsync(TestUsers.Customer, null, id, OrderAction.Resume));
    }

    [Fact]
    public async Task Create_WithSubmit_IsSubmittedInOneStepAndChecksWithoutWriting()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var sub = await console.SubscriptionAsync(Standard);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var service = console.Get<MarketplaceOrderService>(scope);
        await using var db = await console.SystemDbAsync();
        var before = await db.Set<MarketplaceOrder>().CountAsync();
        Assert.Equal("Licence increase: +4 " + Standard, await service.CheckAsync(1, new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 4)));
        Assert.Equal(before, await db.Set<MarketplaceOrder>().CountAsync());
        var id = await service.CreateAsync(1, [new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 4)], OrderAction.Submit);
        var order = await console.OrderAsync(id);
        Assert.Equal(OrderStatus.ProvisioningStarted, order.Status);
        Assert.NotNull(order.NextStepAt);
        var draft = await service.CreateAsync(1, [new ChangeRequest(ChangeKind.Suspension, sub.Id)], OrderAction.SaveDraft);
        Assert.Equal(OrderStatus.Draft, (await console.OrderAsync(draft)).Status);
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.CreateAsync(1, [new ChangeRequest(ChangeKind.Suspension, sub.Id)], OrderAction.Delete));
    }

    [Fact]
    public async Task WorkerActions_FromUser_AreRefused()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var order = await console.SeededOrderAsync(OrderStatus.ProvisioningStarted);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.ApplyAsync(TestUsers.PartnerAdmin, 1, order.Id, OrderAction.ProvisioningSucceeded));
        Assert.Equal(OrderStatus.ProvisioningStarted, (await console.OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task Create_InvalidRequests_AreRefusedAndNothingStored()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var sub = await console.SubscriptionAsync("Adobe Acrobat Pro");
        await using var db = await console.SystemDbAsync();
        var before = await db.Set<MarketplaceOrder>().CountAsync();
        await using var scope = console.As(TestUsers.Customer);
        var service = console.Get<MarketplaceOrderService>(scope);
        var decrease = await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(null, [new ChangeRequest(ChangeKind.LicenceDecrease, sub.Id, sub.Licences)]));
        Assert.Contains("at least one", decrease.Message);
        await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(null, [new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 0)]));
        await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(null, []));
        await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(null, [new ChangeRequest(ChangeKind.NewSubscription, Quantity: 1,
            ProductName: "Microsoft 365 Business Basic", AdminEmail: "not-an-email", AdminFirstName: "A", AdminLastName: "B", TenantName: "x.onmicrosoft.com")]));
        await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(null, [new ChangeRequest(ChangeKind.NewSubscription, Quantity: 1,
            ProductName: "Microsoft 365 Business Basic", AdminEmail: "a@b.test", AdminFirstName: "A", AdminLastName: "B", TenantName: "")]));
        await using (var db2 = await console.SystemDbAsync())
        {
            var foreignSub = await db2.Set<MarketplaceSubscription>().FirstAsync(s => s.AccountId == 2);
            await Assert.ThrowsAsync<ValidationFailedException>(() => service.CreateAsync(null, [new ChangeRequest(ChangeKind.LicenceIncrease, foreignSub.Id, 1)]));
        }
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.CreateAsync(null, [new ChangeRequest(ChangeKind.MarkupChange, sub.Id, MarkupPercent: 30)]));
        Assert.Equal(before, await db.Set<MarketplaceOrder>().CountAsync());
    }

    [Fact]
    public async Task MarkupChange_ByPartner_HiddenFromCustomerAndAppliedOnProvisioning()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var sub = await console.SubscriptionAsync(Standard);
        var id = await console.CreateAsync(TestUsers.PartnerStaff, 1, new ChangeRequest(ChangeKind.MarkupChange, sub.Id, MarkupPercent: 27.5m));
        Assert.False((await console.OrderAsync(id)).VisibleToCustomer);
        await using (var scope = console.As(TestUsers.Customer))
        {
            await Assert.ThrowsAsync<NotFoundException>(() => console.Get<MarketplaceOrderService>(scope).ApplyAsync(null, id, OrderAction.Delete));
            await Assert.ThrowsAsync<NotFoundException>(() => console.Get<MarketplaceOrderService>(scope).AddNoteAsync(null, id, "peek"));
        }
        await console.ApplyAsync(TestUsers.PartnerStaff, 1, id, OrderAction.Submit);
        await console.Worker().RunDueAsync();
        Assert.Equal(27.5m, (await console.SubscriptionAsync(Standard)).MarkupPercent);
    }

    [Fact]
    public async Task Notes_ManyAddedAtOnce_AllKept()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var order = await console.SeededOrderAsync(OrderStatus.Completed);
        var users = new[] { TestUsers.PartnerAdmin, TestUsers.PartnerStaff, TestUsers.Customer, TestUsers.CustomerAdmin };
        await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            var user = users[i % users.Length];
            await using var scope = console.As(user);
            await console.Get<MarketplaceOrderService>(scope).AddNoteAsync(user.IsPartnerUser ? 1 : null, order.Id, $"note {i}");
        }));
        await using var view = console.As(TestUsers.Customer);
        var details = await console.Get<MarketplaceQueries>(view).OrderAsync(null, order.Id);
        Assert.Equal(12, details.Notes.Count(n => n.Text.StartsWith("note ")));
        Assert.Contains(details.Notes, n => n.AuthorName == "Sam Staff");
        await using var scope2 = console.As(TestUsers.Customer);
        await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<MarketplaceOrderService>(scope2).AddNoteAsync(null, order.Id, "   "));
    }

    [Fact]
    public async Task Submit_TwoUsersAtOnce_ExactlyOneWins()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var sub = await console.SubscriptionAsync(Standard);
        var id = await console.CreateAsync(TestUsers.Customer, null, new ChangeRequest(ChangeKind.LicenceIncrease, sub.Id, 1));
        var results = await Task.WhenAll(
            Attempt(() => console.ApplyAsync(TestUsers.Customer, null, id, OrderAction.Submit)),
            Attempt(() => console.ApplyAsync(TestUsers.PartnerAdmin, 1, id, OrderAction.Submit)),
            Attempt(() => console.ApplyAsync(TestUsers.CustomerAdmin, null, id, OrderAction.Delete)));
        Assert.Equal(1, results.Count(r => r is null));
        Assert.All(results.Where(r => r is not null), r => Assert.True(r is InvalidOrderTransitionException or ConcurrencyConflictException, r!.GetType().Name));
        await using var db = await console.SystemDbAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Entity == "MarketplaceOrder" && a.EntityId == id.ToString()));
    }

    [Fact]
    public async Task Apply_StaleVersion_IsConflict()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var order = await console.SeededOrderAsync(OrderStatus.Started);
        await using var scope = console.As(TestUsers.Customer);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            console.Get<MarketplaceOrderService>(scope).ApplyAsync(null, order.Id, OrderAction.Submit, Guid.NewGuid()));
        Assert.Equal(OrderStatus.Started, (await console.OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task Counter_ProvisioningOrders_PerRole()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        var counter = new MarketplaceProvisioningCounter(new Components.Platform.Data.ConsoleDb(
            console.Services.GetRequiredService<IDbContextFactory<Components.Platform.Data.ConsoleDbContext>>(), new FixedCurrentUser(TestUsers.Customer)));
        var partner = await counter.CountAsync(TestUsers.PartnerAdmin, default);
        var customer = await counter.CountAsync(TestUsers.Customer, default);
        Assert.True(partner >= customer && customer >= 1);
        Assert.False(counter.IsVisibleTo(TestUsers.AccountAdmin));
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try { await action(); return null; }
        catch (Exception ex) { return ex; }
    }

}
