using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace ConsoleApp.Tests.Features.Devices;

/// <summary>The README's device sign-ins: Fabrikam's employee orders with the End-User Requests menu and approvals;
/// Tailspin's employee tries the other path (new devices only, no approvals).</summary>
public sealed class DemoSignInTests
{
    [Fact]
    public async Task TailspinSignIn_IsAnEmployeeOfACompanyWithoutMenuOrApprovals()
    {
        await using var console = await TestConsole.StartAsync();
        await using var system = console.As(UserContext.System);
        var users = console.Get<UserManager<ConsoleUser>>(system);

        var user = await users.FindByEmailAsync("tailspin.employee@demo.test");

        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, DemoData.Password));
        Assert.Equal([Roles.Employee], await users.GetRolesAsync(user));
        Assert.Equal(DemoData.OtherCompanyId, user.CompanyId);
        Assert.Equal(TestUsers.TailspinEmployee.UserId, user.Id);

        await using var tailspin = console.As(TestUsers.TailspinEmployee);
        var settings = await console.Get<CatalogService>(tailspin).SettingsAsync();
        Assert.Equal("Tailspin Toys", settings.CompanyName);
        Assert.False(settings.UsesEndUserRequestsMenu);
        Assert.False(settings.RequiresApproval);
        // The HR autofill knows the sign-in, so checkout starts with the employee's own details.
        Assert.Equal("Parker Kite", (await console.Get<CatalogService>(tailspin).MyEmployeeAsync())?.FullName);
    }

    [Fact]
    public async Task TailspinSignIn_OrderWithOwnDetails_GoesToTheDealerWithoutApproval()
    {
        await using var console = await TestConsole.StartAsync();
        await using var tailspin = console.As(TestUsers.TailspinEmployee);
        await DeviceTestData.FillBasketAsync(console, tailspin, DemoData.OtherCompanyId);
        var me = (await console.Get<CatalogService>(tailspin).MyEmployeeAsync())!;
        var orders = console.Get<DeviceOrderService>(tailspin);

        var id = await orders.CreateFromBasketAsync(new CheckoutForm { EmployeeId = me.Id, ShippingLocation = "Tailspin Toys, Portland" });
        await orders.ConfirmAsync(id);

        var order = await console.Get<OrderQueryService>(tailspin).GetAsync(id);
        Assert.Equal(DeviceOrderStatus.SentToDealer, order.Status);
        Assert.Equal("Parker Kite", order.EmployeeName);
        Assert.Null(order.ApproverName);
    }

    [Fact]
    public async Task FabrikamSignIn_StillHasMenuAndApprovals()
    {
        await using var console = await TestConsole.StartAsync();
        await using var employee = console.As(TestUsers.Employee);
        var settings = await console.Get<CatalogService>(employee).SettingsAsync();
        Assert.True(settings.UsesEndUserRequestsMenu);
        Assert.True(settings.RequiresApproval);
    }
}
