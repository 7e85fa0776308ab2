using System.Net;
using ConsoleApp.Components.Platform.Seeding;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>Issue 12, point 6: address-bar parameters that are not valid show the page's normal state (the
/// server-rendered first paint of the real host, signed in), never the error page.</summary>
public sealed class AddressParameterTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    private async Task<string> PageAsync(string path)
    {
        using var session = new WebSession(host);
        await session.SignInAsync("partner.admin@demo.test", DemoData.Password);
        var response = await session.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        Assert.DoesNotContain("Something went wrong", html);
        Assert.DoesNotContain("Exception", html);
        return html;
    }

    [Theory]
    [InlineData("/orders?order=abc")]
    [InlineData("/orders?order=-1")]
    [InlineData("/orders?order=99999999999999")]
    [InlineData("/orders?order=%00%0A")]
    public async Task Orders_OrderThatIsNotAnId_ShowsTheDetailsNotFound(string path)
    {
        var html = await PageAsync(path);
        Assert.Contains("That order was not found.", html);
    }

    [Theory]
    [InlineData("/orders?view=%0A&q=%00%01%1B&page=abc&sort=%E2%80%AE")]
    [InlineData("/orders?page=99999999999")]
    [InlineData("/accounts?status=abc&q=%07%0D%0A&page=-3&sort=nonsense")]
    [InlineData("/audit?action=%0A&from=abc&to=%00&q=%1B%5B2J&page=2147483647")]
    public async Task GridPages_NonsenseParameters_RenderThePage(string path)
    {
        var html = await PageAsync(path);
        Assert.Contains("<h1", html);
    }
}
