using System.Net;
using System.Text.RegularExpressions;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Tests.Platform.Security;

namespace ConsoleApp.Tests.Platform.Prerender;

/// <summary>A signed-in page's first HTML (a plain GET, no circuit) already holds its first page of rows.</summary>
public sealed partial class PrerenderedPagesTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    private async Task<string> GetAsync(string email, string path)
    {
        using var session = new WebSession(host);
        await session.SignInAsync(email, DemoData.Password);
        var response = await session.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static int RowCount(string html) => BodyRow().Matches(html).Count;

    [Theory]
    // Sorted by SAP id, the demo partner's first order comes first; the other partner's orders never show.
    [InlineData("partner.admin@demo.test", "/orders?sort=SapOrderId", "4500100000", "4500900000")]
    [InlineData("partner.admin@demo.test", "/accounts?sort=Name", "Acme Dental Group", null)]
    [InlineData("reseller.admin@demo.test", "/appsuite/vouchers?code=" + AppSuiteDemo.UnusedVoucherCode, AppSuiteDemo.UnusedVoucherCode, AppSuiteDemo.OtherResellerVoucherCode)]
    public async Task Get_SignedIn_FirstHtmlHoldsKnownRow(string email, string path, string expected, string? foreign)
    {
        var html = await GetAsync(email, path);

        Assert.Contains(expected, html);
        if (foreign is not null) Assert.DoesNotContain(foreign, html);
        Assert.DoesNotContain("Loading", html);
    }

    [Theory]
    [InlineData("partner.admin@demo.test", "/orders", 25)]
    [InlineData("partner.admin@demo.test", "/accounts", 10)]
    [InlineData("reseller.admin@demo.test", "/appsuite/vouchers", 3)]
    public async Task Get_SignedIn_FirstHtmlHoldsFirstPage(string email, string path, int atLeast)
    {
        var html = await GetAsync(email, path);

        // Without the prerendered page only the header row (or none) is there.
        Assert.True(RowCount(html) >= atLeast, $"{RowCount(html)} rows");
        Assert.DoesNotContain("Loading", html);
    }

    // MudDataGrid's table rows (MudBlazor marks its header row the same way, hence "at least").
    [GeneratedRegex("<tr[^>]*class=\"[^\"]*mud-table-row[^\"]*\"")]
    private static partial Regex BodyRow();
}
