using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class VoucherServiceTests
{
    private static async Task<int> VoucherIdAsync(TestConsole console, string code)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<AppSuiteVoucher>().Where(v => v.Code == code).Select(v => v.Id).SingleAsync();
    }

    [Fact]
    public async Task Assign_UnusedToPreFiveSite_IsPermanentAndAddsLicence()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        var id = await VoucherIdAsync(console, AppSuiteDemo.UnusedVoucherCode);
        await using var scope = console.As(TestUsers.ResellerUser);
        var vouchers = console.Get<VoucherService>(scope);
        await vouchers.AssignAsync(id, AppSuiteDemo.PreFiveSiteId);

        await using var db = await console.SystemDbAsync();
        var voucher = await db.Set<AppSuiteVoucher>().SingleAsync(v => v.Id == id);
        Assert.Equal((AppSuiteDemo.PreFiveSiteId, VoucherRedemption.Portal), (voucher.SiteId!.Value, voucher.RedeemedIn!));
        Assert.True(await db.Set<AppSuiteLicence>().AnyAsync(l => l.SiteId == AppSuiteDemo.PreFiveSiteId && l.Source == AppSuiteDemo.UnusedVoucherCode));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "VoucherAssigned" && a.EntityId == id.ToString()));
        // Assigned is permanent: neither the same nor another site can take it again.
        await Assert.ThrowsAsync<ValidationFailedException>(() => vouchers.AssignAsync(id, AppSuiteDemo.OtherPreFiveSiteId));
        var row = (await vouchers.SearchAsync(new VoucherFilter(SiteId: AppSuiteDemo.PreFiveSiteId, Code: AppSuiteDemo.UnusedVoucherCode), new PageRequest())).Items.Single();
        Assert.StartsWith($"{AppSuiteDemo.PreFiveSiteId} (", row.SiteLabel);
    }

    [Fact]
    public async Task Assign_Pack_GoesWholeToOneSite()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        var id = await VoucherIdAsync(console, AppSuiteDemo.PackVoucherCode);
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await console.Get<VoucherService>(scope).AssignAsync(id, AppSuiteDemo.PreFiveSiteId);
        var details = await console.Get<SiteService>(scope).DetailsAsync(AppSuiteDemo.PreFiveSiteId);
        var outlook = details.Coverage.Products.Single(p => p.ProductCode == "PM-OUTLOOK");
        Assert.True(outlook.LicensedUnits >= 10);
        Assert.True(outlook.UncoveredUnits >= 10, "units added after the SWAS started need co-terming");
        await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<VoucherService>(scope).AssignAsync(id, AppSuiteDemo.OtherPreFiveSiteId));
    }

    [Fact]
    public async Task Assign_ToFiveZeroSite_RefusedWithTheCodeToEnterInSoftware()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        var id = await VoucherIdAsync(console, AppSuiteDemo.UnusedVoucherCode);
        await using var scope = console.As(TestUsers.ResellerUser);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<VoucherService>(scope).AssignAsync(id, AppSuiteDemo.SampleSiteId));
        Assert.Contains(AppSuiteDemo.UnusedVoucherCode, ex.Message);
        Assert.Contains("redeemed in the App Suite software", ex.Message);
        await using var db = await console.SystemDbAsync();
        Assert.Null((await db.Set<AppSuiteVoucher>().SingleAsync(v => v.Id == id)).SiteId);
    }

    [Theory, AllProviders]
    public async Task Assign_OtherResellersVoucherOrSite_NotFound(DatabaseProvider provider)
    {
        await using var console = await AppSuiteTestData.StartAsync(provider);
        var foreign = await VoucherIdAsync(console, AppSuiteDemo.OtherResellerVoucherCode);
        var own = await VoucherIdAsync(console, AppSuiteDemo.UnusedVoucherCode);
        await using var scope = console.As(TestUsers.ResellerUser);
        var vouchers = console.Get<VoucherService>(scope);
        await Assert.ThrowsAsync<NotFoundException>(() => vouchers.AssignAsync(foreign, AppSuiteDemo.PreFiveSiteId));
        await Assert.ThrowsAsync<NotFoundException>(() => vouchers.AssignAsync(own, AppSuiteDemo.OtherResellerSiteId));
        var all = await vouchers.SearchAsync(new VoucherFilter(), new PageRequest(0, 500));
        Assert.DoesNotContain(all.Items, v => v.Code == AppSuiteDemo.OtherResellerVoucherCode);
    }

    [Theory, AllProviders]
    public async Task Assign_TwoUsersSameVoucherAtOnce_ExactlyOneSucceeds(DatabaseProvider provider)
    {
        await using var console = await AppSuiteTestData.StartAsync(provider);
        var id = await VoucherIdAsync(console, AppSuiteDemo.UnusedVoucherCode);
        await using var a = console.As(TestUsers.ResellerAdmin);
        await using var b = console.As(TestUsers.ResellerUser);
        var results = await Task.WhenAll(
            Outcome(console.Get<VoucherService>(a).AssignAsync(id, AppSuiteDemo.PreFiveSiteId)),
            Outcome(console.Get<VoucherService>(b).AssignAsync(id, AppSuiteDemo.OtherPreFiveSiteId)));
        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is ConcurrencyConflictException or ValidationFailedException);
        await using var db = await console.SystemDbAsync();
        Assert.Equal(1, await db.Set<AppSuiteLicence>().CountAsync(l => l.Source == AppSuiteDemo.UnusedVoucherCode));
    }

    [Fact]
    public async Task Search_Filters_ByPartPurchaseOrderAndStatus()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        var vouchers = console.Get<VoucherService>(scope);
        var po = await vouchers.SearchAsync(new VoucherFilter(PurchaseOrder: "PO-104233-0099"), new PageRequest());
        Assert.Equal([AppSuiteDemo.PackVoucherCode, AppSuiteDemo.BrowserVoucherCode], po.Items.Select(v => v.Code).Order().ToArray());
        var pack = await vouchers.SearchAsync(new VoucherFilter(PartNumber: "S1303549"), new PageRequest(0, 500));
        Assert.All(pack.Items, v => Assert.Equal("(S1303549) Phone Manager Outlook 10 Pack", v.Description));
        var unused = await vouchers.SearchAsync(new VoucherFilter(Status: VoucherStatus.Unused), new PageRequest(0, 500));
        var used = await vouchers.SearchAsync(new VoucherFilter(Status: VoucherStatus.Used), new PageRequest(0, 500));
        Assert.All(unused.Items, v => Assert.Equal("Unassigned", v.SiteLabel));
        Assert.All(used.Items, v => Assert.NotNull(v.UsedAt));
        Assert.Equal(63, unused.Total + used.Total);
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
