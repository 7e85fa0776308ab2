using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Catalog;
using ConsoleApp.Components.Features.AppSuite.Sites;
using static ConsoleApp.Components.Features.AppSuite.Sites.SwasCoverage;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class SwasCoverageTests
{
    private static readonly DateTime Today = new(2026, 11, 23);
    private static readonly DateTime Bought = Today.AddDays(-100);

    [Fact]
    public void Evaluate_ValidSwasOverAllLicences_FullyCoveredWithRenewalParts()
    {
        var result = Evaluate([new(PartCatalog.BaseLicence, 1, Bought), new(PartCatalog.PhoneManagerProfessional, 12, Bought), new(PartCatalog.OutlookTenPack, 2, Bought)],
            Bought, Today.AddDays(200), Today, PartCatalog.All);

        Assert.Equal(SwasState.Valid, result.State);
        Assert.True(result.FullyCovered);
        var pro = result.Products.Single(p => p.ProductCode == "PM-PRO");
        Assert.Equal((12, 12, "S1303606", 12, 0), (pro.LicensedUnits, pro.CoveredUnits, pro.SwasPartNumber, pro.RenewalQuantity, pro.CoTermQuantity));
        Assert.Equal("(S1303606) SWAS Phone Manager Professional 1 Year", pro.SwasPartDescription);
        var outlook = result.Products.Single(p => p.ProductCode == "PM-OUTLOOK");
        Assert.Equal((20, 2), (outlook.LicensedUnits, outlook.RenewalQuantity));
        Assert.Equal(1, result.Products.Single(p => p.ProductCode == "BASE").RenewalQuantity);
    }

    [Fact]
    public void Evaluate_LicencesAddedAfterSwasStarted_AreUncoveredAndNeedCoTerm()
    {
        var result = Evaluate([new(PartCatalog.PhoneManagerProfessional, 10, Bought), new(PartCatalog.PhoneManagerProfessional, 3, Today.AddDays(-1)),
                new(PartCatalog.OutlookFiftyPack, 1, Today.AddDays(-1))],
            Bought, Today.AddDays(30), Today, PartCatalog.All);

        Assert.False(result.FullyCovered);
        var pro = result.Products.Single(p => p.ProductCode == "PM-PRO");
        Assert.Equal((13, 10, 3, 13, 3), (pro.LicensedUnits, pro.CoveredUnits, pro.UncoveredUnits, pro.RenewalQuantity, pro.CoTermQuantity));
        var outlook = result.Products.Single(p => p.ProductCode == "PM-OUTLOOK");
        Assert.Equal((50, 0, 5, 5), (outlook.LicensedUnits, outlook.CoveredUnits, outlook.RenewalQuantity, outlook.CoTermQuantity));
    }

    [Theory]
    [InlineData(null, SwasState.None)]
    [InlineData(-1, SwasState.Expired)]
    [InlineData(0, SwasState.Valid)]
    public void Evaluate_NoOrExpiredSwas_CoversNothing(int? expiresInDays, SwasState expected)
    {
        var result = Evaluate([new(PartCatalog.ContactCenterAgent, 7, Bought)], Bought, expiresInDays is { } d ? Today.AddDays(d) : null, Today, PartCatalog.All);
        Assert.Equal(expected, result.State);
        var agents = Assert.Single(result.Products);
        Assert.Equal(expected == SwasState.Valid ? 7 : 0, agents.CoveredUnits);
        Assert.Equal(7, agents.RenewalQuantity);
    }

    [Fact]
    public void Evaluate_PackSwasPart_RoundsUpToWholeParts()
    {
        var result = Evaluate([new(PartCatalog.OutlookTenPack, 1, Bought), new(PartCatalog.OutlookFiftyPack, 1, Bought), new(PartCatalog.MobileTenPack, 1, Bought)],
            null, null, Today, PartCatalog.All);
        Assert.Equal(6, result.Products.Single(p => p.ProductCode == "PM-OUTLOOK").RenewalQuantity);
        Assert.Equal(("S1303618", 1), result.Products.Where(p => p.ProductCode == "PM-MOBILE").Select(p => (p.SwasPartNumber, p.RenewalQuantity)).Single());
    }

    [Fact]
    public void Catalog_EveryLicenceProductHasASwasPart()
    {
        foreach (var licence in PartCatalog.All.Where(p => p.Kind == PartKind.Licence))
            Assert.Contains(PartCatalog.All, p => p.Kind == PartKind.Swas && p.ProductCode == licence.ProductCode);
        Assert.Equal("(S1302776) Phone Manager Professional", PartCatalog.All.Single(p => p.PartNumber == "S1302776").Description);
    }

    [Fact]
    public async Task SiteDetails_SeededSite_ShowsLicencesCoverageAndParts()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        var details = await console.Get<SiteService>(scope).DetailsAsync(AppSuiteDemo.SampleSiteId);
        Assert.Contains(details.Licences, l => l.Description == "(S1302776) Phone Manager Professional" && l.Quantity > 0);
        Assert.Equal(SwasState.Valid, details.Coverage.State);
        Assert.Contains(details.Coverage.Products, p => p.SwasPartNumber == "S1303606" && p.RenewalQuantity > 0);
    }
}
