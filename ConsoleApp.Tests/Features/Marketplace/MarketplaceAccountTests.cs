using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;

namespace ConsoleApp.Tests.Features.Marketplace;

/// <summary>Which customer accounts the marketplace offers and opens: a deleted account is gone, like one that never existed.</summary>
public sealed class MarketplaceAccountTests
{
    private const int BlueHarbor = 2;

    private static async Task DeleteBlueHarborAsync(TestConsole console)
    {
        await using var admin = console.As(TestUsers.PartnerAdmin);
        await console.Get<AccountLifecycleService>(admin).DeleteAsync(BlueHarbor, "Blue Harbor Logistics");
    }

    [Fact]
    public async Task AccountPicker_DeletedAccount_IsNeverOffered()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        var queries = console.Get<MarketplaceQueries>(scope);
        var before = await queries.AccountsAsync(null, new PageRequest(0, 100));
        Assert.Contains(before.Items, a => a.Id == BlueHarbor);

        await DeleteBlueHarborAsync(console);

        var after = await queries.AccountsAsync(null, new PageRequest(0, 100));
        Assert.DoesNotContain(after.Items, a => a.Id == BlueHarbor);
        Assert.Equal(before.Total - 1, after.Total);
        Assert.Empty((await queries.AccountsAsync("Blue Harbor", new PageRequest(0, 100))).Items);
    }

    [Fact]
    public async Task CustomerView_DeletedAccount_IsNotFoundLikeAnUnknownOne()
    {
        await using var console = await MarketplaceFixture.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var queries = console.Get<MarketplaceQueries>(scope);
        var orders = console.Get<MarketplaceOrderService>(scope);
        Assert.Equal("Blue Harbor Logistics", (await queries.ScopeAsync(BlueHarbor)).AccountName);

        await DeleteBlueHarborAsync(console);

        var deleted = await Assert.ThrowsAsync<NotFoundException>(() => queries.ScopeAsync(BlueHarbor));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => queries.ScopeAsync(99_999));
        Assert.Equal(unknown.Message, deleted.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => queries.OrdersAsync(BlueHarbor, new OrderSearch(), new PageRequest()));
        await Assert.ThrowsAsync<NotFoundException>(() => queries.SubscriptionsAsync(BlueHarbor));
        await Assert.ThrowsAsync<NotFoundException>(() => orders.CreateAsync(BlueHarbor,
            [new ChangeRequest(ChangeKind.NewSubscription, Quantity: 1, ProductName: "Adobe Acrobat Pro", AdminEmail: "a@b.test", AdminFirstName: "A", AdminLastName: "B")]));
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("", null, false)]
    [InlineData("7", 7, false)]
    [InlineData(" 12 ", 12, false)]
    [InlineData("abc", null, true)]
    [InlineData("-3", null, true)]
    [InlineData("0", null, true)]
    [InlineData("99999999999", null, true)]
    public void ParseId_AddressText_IsNumberAbsentOrInvalid(string? text, int? id, bool invalid) =>
        Assert.Equal(new IdArgument(id, invalid), MarketplacePages.ParseId(text));

    [Fact]
    public void ChangeRules_SameFieldsAsTheService()
    {
        var errors = ChangeRules.Validate(new ChangeRequest(ChangeKind.NewSubscription, Quantity: 0, ProductName: "Microsoft 365 Business Basic",
            AdminEmail: "nope", AdminFirstName: " ", AdminLastName: "Lee", TenantName: "contoso"));
        Assert.Equal(["email", "firstName", "tenant", "quantity"], errors.Keys.ToArray());
        Assert.Empty(ChangeRules.Validate(new ChangeRequest(ChangeKind.NewSubscription, Quantity: 3, ProductName: "Microsoft 365 Business Basic",
            AdminEmail: "it@contoso.test", AdminFirstName: "Kim", AdminLastName: "Lee", TenantName: "Contoso.onmicrosoft.com")));
        Assert.Equal(["subscription"], ChangeRules.Validate(new ChangeRequest(ChangeKind.Suspension)).Keys.ToArray());
        Assert.Equal(["markup"], ChangeRules.Validate(new ChangeRequest(ChangeKind.MarkupChange, 4, MarkupPercent: 101m)).Keys.ToArray());
        Assert.Empty(ChangeRules.Validate(new ChangeRequest(ChangeKind.MarkupChange, 4, MarkupPercent: 0m)));
    }
}
