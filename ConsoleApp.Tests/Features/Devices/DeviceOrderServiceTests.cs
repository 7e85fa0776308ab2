using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Platform.Mail;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.Devices;

public sealed class DeviceOrderServiceTests
{
    [Fact]
    public async Task CreateFromBasket_PickedEmployee_AutofillsFromHrAndEmptiesBasket()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        var form = await DeviceTestData.FormForAsync(console, "Emery Employee");
        form.EmployeeName = "typed over";

        var id = await console.Get<DeviceOrderService>(scope).CreateFromBasketAsync(form);

        var order = await console.Get<OrderQueryService>(scope).GetAsync(id);
        Assert.Equal(("Emery Employee", "F-1002", "GL-6100 / CC-410"), (order.EmployeeName, order.EmployeeNumber, order.AccountingCodes));
        Assert.Equal(DeviceOrderStatus.Draft, order.Status);
        Assert.Equal(2, order.Items.Count);
        Assert.Equal("Created", Assert.Single(order.History).Action);
        Assert.True(order.CanConfirm && order.CanModify && order.CanDelete && !order.CanDecide);
        Assert.True((await console.Get<BasketService>(scope).GetAsync()).IsEmpty);
    }

    [Fact]
    public async Task EmployeeAsync_HrRecord_ReturnsAutofillWithManager()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        var emery = await DeviceTestData.EmployeeAsync(console, "Emery Employee");

        var info = await console.Get<CatalogService>(scope).EmployeeAsync(emery.Id);

        Assert.Equal(("F-1002", "GL-6100 / CC-410", "Morgan Manager"), (info.EmployeeNumber, info.AccountingCodes, info.ManagerName));
    }

    [Fact]
    public async Task CreateFromBasket_Upgrade_AutofillsEmployeeFromLineAndNeedsReasonWhenIneligible()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        MobileLine line;
        await using (var db = await console.SystemDbAsync()) line = await db.Set<MobileLine>().FirstAsync(l => l.PhoneNumber == "206-555-7777");
        var (_, device) = await DeviceTestData.DeviceAsync(console, DemoData.CompanyId, "Galaxy S25");
        var catalog = console.Get<CatalogService>(scope);
        Assert.False((await catalog.LineAsync(line.Id)).Eligibility.Eligible);
        await console.Get<BasketService>(scope).AddDeviceAsync(new(OrderKind.Upgrade, line.CarrierId, device.Id, 256, 24, "Navy", UpgradeLineId: line.Id));
        var orders = console.Get<DeviceOrderService>(scope);
        var form = new CheckoutForm { ShippingLocation = "Fabrikam HQ" };

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => orders.CreateFromBasketAsync(form));
        Assert.True(refused.FieldErrors.ContainsKey(nameof(CheckoutForm.UpgradeReason)));

        form.UpgradeReason = "Screen cracked, repair costs more than the balance.";
        var id = await orders.CreateFromBasketAsync(form);
        var order = await console.Get<OrderQueryService>(scope).GetAsync(id);
        Assert.Equal(("Emery Employee", "F-1002", "206-555-7777", false), (order.EmployeeName, order.EmployeeNumber, order.UpgradePhoneNumber, order.UpgradeEligible));
        Assert.True((await catalog.LineAsync(line.Id)).HasOpenOrder);
    }

    [Fact]
    public async Task CreateFromBasket_PriceChangedSinceAdded_RefusedUntilRefreshed()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        var (_, device) = await DeviceTestData.FillBasketAsync(console, scope);
        await using (var db = await console.SystemDbAsync())
        {
            var option = await db.Set<DeviceOption>().FirstAsync(o => o.DeviceId == device.Id && o.StorageGb == 128 && o.TermMonths == 24);
            option.Price += 50m;
            await db.SaveChangesAsync();
        }
        var orders = console.Get<DeviceOrderService>(scope);
        var form = await DeviceTestData.FormForAsync(console, "Emery Employee");

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => orders.CreateFromBasketAsync(form));
        Assert.Contains("Prices changed", ex.Message);
        await using (var db = await console.SystemDbAsync())
            Assert.False(await db.Set<DeviceOrder>().AnyAsync(o => o.RequesterUserId == TestUsers.Employee.UserId && o.Status == DeviceOrderStatus.Draft));

        await console.Get<BasketService>(scope).RefreshPricesAsync();
        var id = await orders.CreateFromBasketAsync(form);
        Assert.Equal(await DeviceTestData.PriceAsync(console, device.Id, 128, 24) + 29m, (await console.Get<OrderQueryService>(scope).GetAsync(id)).Totals.Total);
    }

    [Fact]
    public async Task CreateFromBasket_MissingEmployeeNumberAndBadNotifyAddress_RefusedWithFieldErrors()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        await using (var db = await console.SystemDbAsync())
        {
            var emery = await db.Set<HrEmployee>().FirstAsync(e => e.FullName == "Emery Employee");
            emery.EmployeeNumber = "";
            await db.SaveChangesAsync();
        }
        var form = await DeviceTestData.FormForAsync(console, "Emery Employee");
        form.NotifyEmails = "ops@fabrikam.example, nobody";

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<DeviceOrderService>(scope).CreateFromBasketAsync(form));

        Assert.True(ex.FieldErrors.ContainsKey(nameof(CheckoutForm.EmployeeNumber)));
        Assert.Contains("nobody", ex.FieldErrors[nameof(CheckoutForm.NotifyEmails)]);
        Assert.Equal(2, (await console.Get<BasketService>(scope).GetAsync()).Items.Count);
    }

    [Fact]
    public async Task Confirm_CompanyRequiresApproval_PendingWithHrManagerAndMailsQueued()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DraftAsync(console);
        await using var scope = console.As(TestUsers.Employee);

        await console.Get<DeviceOrderService>(scope).ConfirmAsync(id);

        var order = await console.Get<OrderQueryService>(scope).GetAsync(id);
        Assert.Equal((DeviceOrderStatus.PendingApproval, "Morgan Manager"), (order.Status, order.ApproverName));
        await using var db = await console.SystemDbAsync();
        var mails = await db.Set<OutboxMail>().Where(m => m.Subject.Contains(order.Number)).Select(m => m.To).ToListAsync();
        Assert.Contains("manager@demo.test", mails);
        Assert.Contains("ops@fabrikam.example", mails);
        Assert.Contains("employee@demo.test", mails);
    }

    [Fact]
    public async Task Approve_ByHrManagerWithReason_SentToDealerWithHandoffAndHistory()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DraftAsync(console);
        await using (var scope = console.As(TestUsers.Employee)) await console.Get<DeviceOrderService>(scope).ConfirmAsync(id);
        await using var manager = console.As(TestUsers.Manager);
        Assert.Contains(await console.Get<ApprovalService>(manager).PendingAsync(), r => r.Id == id);

        await console.Get<ApprovalService>(manager).ApproveAsync(id, "Budgeted replacement");

        var order = await console.Get<OrderQueryService>(manager).GetAsync(id);
        Assert.Equal(DeviceOrderStatus.SentToDealer, order.Status);
        Assert.Equal(["Created", "Confirmed", "Approved", "Sent to dealer"], order.History.Select(h => h.Action));
        await using var db = await console.SystemDbAsync();
        var handoff = await db.Set<DealerHandoff>().SingleAsync(h => h.OrderId == id);
        Assert.Equal("orders@nw-wireless.example", handoff.DealerEmail);
        Assert.True(await db.Set<OutboxMail>().AnyAsync(m => m.To == "orders@nw-wireless.example" && m.Subject.Contains(order.Number)));
        Assert.DoesNotContain(await console.Get<ApprovalService>(manager).PendingAsync(), r => r.Id == id);
    }

    [Fact]
    public async Task Reject_WithoutReason_RefusedAndStillPending()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DraftAsync(console);
        await using (var scope = console.As(TestUsers.Employee)) await console.Get<DeviceOrderService>(scope).ConfirmAsync(id);
        await using var manager = console.As(TestUsers.Manager);
        var approvals = console.Get<ApprovalService>(manager);

        await Assert.ThrowsAsync<ValidationFailedException>(() => approvals.RejectAsync(id, "   "));
        await Assert.ThrowsAsync<ValidationFailedException>(() => approvals.ApproveAsync(id, ""));

        Assert.Equal(DeviceOrderStatus.PendingApproval, (await console.Get<OrderQueryService>(manager).GetAsync(id)).Status);
        await approvals.RejectAsync(id, "Use the spare handset");
        var order = await console.Get<OrderQueryService>(manager).GetAsync(id);
        Assert.Equal((DeviceOrderStatus.Rejected, "Use the spare handset"), (order.Status, order.DecisionReason));
    }

    [Fact]
    public async Task Decide_EmployeeOrOwnOrder_AccessDenied()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DraftAsync(console);
        await using (var scope = console.As(TestUsers.Employee)) await console.Get<DeviceOrderService>(scope).ConfirmAsync(id);
        await using var employee = console.As(TestUsers.Employee);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<ApprovalService>(employee).ApproveAsync(id, "I approve myself"));

        // Even if the data named the requester as approver, nobody decides their own order.
        await using (var db = await console.SystemDbAsync())
        {
            var order = await db.Set<DeviceOrder>().SingleAsync(o => o.Id == id);
            (order.RequesterUserId, order.ApproverUserId) = (TestUsers.Manager.UserId, TestUsers.Manager.UserId);
            await db.SaveChangesAsync();
        }
        await using var manager = console.As(TestUsers.Manager);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<ApprovalService>(manager).ApproveAsync(id, "mine"));
    }

    [Fact]
    public async Task Confirm_ManagerOrdersForOwnReport_ApprovalGoesUpAndIsRefusedWithoutApprover()
    {
        await using var console = await TestConsole.StartAsync();
        await using var manager = console.As(TestUsers.Manager);
        await DeviceTestData.FillBasketAsync(console, manager);
        var id = await console.Get<DeviceOrderService>(manager).CreateFromBasketAsync(await DeviceTestData.FormForAsync(console, "Avery Brooks"));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<DeviceOrderService>(manager).ConfirmAsync(id));

        Assert.Contains("No one can approve", ex.Message);
        Assert.Equal(DeviceOrderStatus.Draft, (await console.Get<OrderQueryService>(manager).GetAsync(id)).Status);
    }

    [Fact]
    public async Task DeleteAndModify_Draft_RemovesOrderAndModifyRestoresBasket()
    {
        await using var console = await TestConsole.StartAsync();
        var first = await DraftAsync(console);
        await using var scope = console.As(TestUsers.Employee);
        var orders = console.Get<DeviceOrderService>(scope);

        await orders.ModifyAsync(first);

        var basket = await console.Get<BasketService>(scope).GetAsync();
        Assert.Equal(2, basket.Items.Count);
        Assert.Equal("Fabrikam HQ", basket.SavedCheckout?.ShippingLocation);
        Assert.NotNull(basket.Items.Single(i => i.Kind == ItemKind.Accessory).ParentItemId);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<OrderQueryService>(scope).GetAsync(first));

        var second = await orders.CreateFromBasketAsync(basket.SavedCheckout!);
        await orders.DeleteAsync(second);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<OrderQueryService>(scope).GetAsync(second));
    }

    [Fact]
    public async Task Confirm_ByAnotherUser_AccessDenied()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DraftAsync(console);
        await using var manager = console.As(TestUsers.Manager);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<DeviceOrderService>(manager).ConfirmAsync(id));
    }

    [Theory, AllProviders]
    public async Task TenantIsolation_TailspinUser_SeesNoFabrikamDataAndCannotUseFabrikamEmployee(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var fabrikamOrder = await DraftAsync(console);
        var fabrikamEmployee = await DeviceTestData.EmployeeAsync(console, "Emery Employee");
        await using var tailspin = console.As(DeviceTestData.TailspinEmployee);

        var queries = console.Get<OrderQueryService>(tailspin);
        Assert.Equal(0, (await queries.SearchAsync(new OrderFilter(), new())).Total);
        await Assert.ThrowsAsync<NotFoundException>(() => queries.GetAsync(fabrikamOrder));
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<CatalogService>(tailspin).EmployeeAsync(fabrikamEmployee.Id));
        Assert.All(await console.Get<CatalogService>(tailspin).CarriersAsync(), c => Assert.Equal("T-Mobile for Business", c.Name));

        await DeviceTestData.FillBasketAsync(console, tailspin, DemoData.OtherCompanyId);
        var form = new CheckoutForm { EmployeeId = fabrikamEmployee.Id, EmployeeName = "Emery Employee", ShippingLocation = "Portland" };
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<DeviceOrderService>(tailspin).CreateFromBasketAsync(form));
        Assert.Contains("not in your company's HR directory", ex.Message);
        Assert.Equal(0, (await queries.SearchAsync(new OrderFilter(), new())).Total);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<DeviceOrderService>(tailspin).ConfirmAsync(fabrikamOrder));
    }

    [Fact]
    public async Task Confirm_CompanyWithoutApprovals_GoesStraightToDealer()
    {
        await using var console = await TestConsole.StartAsync();
        await using var tailspin = console.As(DeviceTestData.TailspinEmployee);
        await DeviceTestData.FillBasketAsync(console, tailspin, DemoData.OtherCompanyId);
        var orders = console.Get<DeviceOrderService>(tailspin);
        var id = await orders.CreateFromBasketAsync(new CheckoutForm { EmployeeName = "Drew Seller", ShippingLocation = "Portland" });

        await orders.ConfirmAsync(id);

        var order = await console.Get<OrderQueryService>(tailspin).GetAsync(id);
        Assert.Equal(DeviceOrderStatus.SentToDealer, order.Status);
        Assert.Null(order.ApproverName);
        Assert.Equal(["Created", "Confirmed", "Sent to dealer"], order.History.Select(h => h.Action));
    }

    [Fact]
    public async Task ExportCsv_EmployeeOrders_HasHeaderAndOwnOrders()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DraftAsync(console);
        await using var scope = console.As(TestUsers.Employee);

        var csv = System.Text.Encoding.UTF8.GetString(await console.Get<OrderQueryService>(scope).ExportCsvAsync(new OrderFilter()));

        Assert.StartsWith("\uFEFFNumber,Kind,Status", csv);
        Assert.Contains(DeviceOrder.FormatNumber(id), csv);
    }

    private static async Task<int> DraftAsync(TestConsole console)
    {
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        return await console.Get<DeviceOrderService>(scope).CreateFromBasketAsync(await DeviceTestData.FormForAsync(console, "Emery Employee"));
    }
}

public sealed class OrderQueryTests
{
    [Fact]
    public async Task Search_ManagerSeesCompanyOrders_EmployeeFilterMine()
    {
        await using var console = await TestConsole.StartAsync();
        await using var manager = console.As(TestUsers.Manager);
        var queries = console.Get<OrderQueryService>(manager);

        var all = await queries.SearchAsync(new OrderFilter(), new PageRequest(0, 25, "StatusLabel", true));
        var pending = await queries.SearchAsync(new OrderFilter(Status: DeviceOrderStatus.PendingApproval), new PageRequest());
        var mine = await queries.SearchAsync(new OrderFilter(MineOnly: true), new PageRequest());

        Assert.Equal(4, all.Total);
        Assert.Equal("DO-00004", Assert.Single(pending.Items).Number);
        Assert.Equal(0, mine.Total);
    }
}
