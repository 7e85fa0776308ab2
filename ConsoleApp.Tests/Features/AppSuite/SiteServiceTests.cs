using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class SiteServiceTests
{
    [Fact]
    public async Task Search_Reseller_SeesOwnRegisteredAndUnregisteredSitesOnly()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        var result = await console.Get<SiteService>(scope).SearchAsync(new SiteFilter(), new PageRequest(0, 500));
        Assert.Equal(36, result.Total);
        Assert.All(result.Items, s => Assert.InRange(s.Id, 18400, 18435));
        Assert.Contains(result.Items, s => s.Id == AppSuiteDemo.UnregisteredSiteId && !s.Registered);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<SiteService>(scope).DetailsAsync(AppSuiteDemo.OtherResellerSiteId));
    }

    [Fact]
    public async Task Search_Filters_SwasAndVersionAndSearch()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var sites = console.Get<SiteService>(scope);
        var today = DateTime.UtcNow.Date;
        var with = await sites.SearchAsync(new SiteFilter(Swas: SwasFilter.With), new PageRequest(0, 500));
        var without = await sites.SearchAsync(new SiteFilter(Swas: SwasFilter.Without), new PageRequest(0, 500));
        Assert.All(with.Items, s => Assert.True(s.SwasExpiry >= today));
        Assert.All(without.Items, s => Assert.True(s.SwasExpiry is null || s.SwasExpiry < today));
        Assert.Equal(36, with.Total + without.Total);
        var v43 = await sites.SearchAsync(new SiteFilter(Version: "4.3"), new PageRequest(0, 500));
        Assert.Contains(v43.Items, s => s.Id == AppSuiteDemo.PreFiveSiteId);
        Assert.All(v43.Items, s => Assert.Equal("MCS (4.3)", s.VersionLabel));
        var search = await sites.SearchAsync(new SiteFilter(Search: "18429"), new PageRequest());
        Assert.Equal(AppSuiteDemo.SampleSiteId, Assert.Single(search.Items).Id);
        var csv = System.Text.Encoding.UTF8.GetString(await sites.ExportCsvAsync(new SiteFilter(Search: "18429")));
        Assert.Contains("18429", csv);
        Assert.Contains("MCS (5.0)", csv);
    }

    [Fact]
    public async Task Search_NonReseller_IsDenied()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<SiteService>(scope).SearchAsync(new SiteFilter(), new PageRequest()));
    }
}
