using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Tests.Features.AppSuite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.AppSuite;

[Collection(BrowserCollection.Name)]
public sealed class AppSuiteBrowserTests(ConsoleServer server)
{
    [Fact]
    public async Task Register_SampleRequestWithoutSignIn_DownloadsVerifiableLicence()
    {
        var page = await server.OpenAsync("/appsuite/register");
        await ConsoleServer.WaitForCircuitAsync(page);
        var register = new RegisterPageObject(page);
        Assert.DoesNotContain("/login", page.Url);

        await register.UploadAsync(AppSuiteTestData.SamplePath);
        await Assertions.Expect(register.Ready(AppSuiteDemo.SampleSiteId)).ToBeVisibleAsync();
        var licence = await register.DownloadLicenceAsync();

        var publicKey = server.Services.GetRequiredService<LicenceSigner>().PublicKeyPem;
        Assert.True(LicenceSigner.Verify(licence, publicKey, out var payload));
        Assert.Contains($"\"siteId\":{AppSuiteDemo.SampleSiteId}", payload);

        // The same request file cannot be used twice.
        await register.UploadAsync(AppSuiteTestData.SamplePath);
        await Assertions.Expect(register.Error).ToContainTextAsync("already been used");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Vouchers_AssignedInOneBrowser_ShowsInSecondWithoutReload()
    {
        var path = $"/appsuite/vouchers?q={AppSuiteDemo.BrowserVoucherCode}";
        var admin = await server.SignInAsync("reseller.admin@demo.test", path);
        var colleague = await server.SignInAsync("reseller.user@demo.test", path);
        var adminVouchers = new VouchersPageObject(admin);
        var colleagueVouchers = new VouchersPageObject(colleague);
        await Assertions.Expect(admin.GetByTestId("reseller-number")).ToContainTextAsync("104233");
        await Assertions.Expect(colleagueVouchers.Row(AppSuiteDemo.BrowserVoucherCode)).ToContainTextAsync("Unassigned");
        await colleague.EvaluateAsync("() => window.__noReload = 'still-here'");

        await adminVouchers.AssignAsync(AppSuiteDemo.BrowserVoucherCode, AppSuiteDemo.OtherPreFiveSiteId);

        await Assertions.Expect(colleagueVouchers.Row(AppSuiteDemo.BrowserVoucherCode)).ToContainTextAsync(AppSuiteDemo.OtherPreFiveSiteId.ToString());
        await Assertions.Expect(colleagueVouchers.AssignButton(AppSuiteDemo.BrowserVoucherCode)).ToHaveCountAsync(0);
        Assert.Equal("still-here", await colleague.EvaluateAsync<string>("() => window.__noReload"));
        await admin.Context.CloseAsync();
        await colleague.Context.CloseAsync();
    }
}
