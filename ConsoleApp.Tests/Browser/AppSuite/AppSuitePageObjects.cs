using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.AppSuite;

public sealed class RegisterPageObject(IPage page)
{
    public ILocator ResellerNumber => page.GetByTestId("reseller-number");
    public ILocator RequestFile => page.GetByLabel("Upload licence request file");
    public ILocator Upload => page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true });
    public ILocator Ready(int siteId) => page.GetByRole(AriaRole.Heading, new() { Name = $"Licence ready for site {siteId}" });
    public ILocator Download => page.GetByRole(AriaRole.Button, new() { Name = "Download licence file" });
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task UploadAsync(string path)
    {
        // InputFile hooks its change listener just after the circuit starts; choose the file again until it is seen.
        for (var attempt = 0; ; attempt++)
        {
            await RequestFile.SetInputFilesAsync(path);
            try
            {
                await Assertions.Expect(Upload).ToBeEnabledAsync(new() { Timeout = 3000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
                await RequestFile.SetInputFilesAsync(Array.Empty<string>());
            }
        }
        await Upload.ClickAsync();
    }

    public async Task<byte[]> DownloadLicenceAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => Download.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}

public sealed class VouchersPageObject(IPage page)
{
    public ILocator Grid => page.Locator(".pc-grid table");
    public ILocator Row(string code) => Grid.Locator("tbody tr").Filter(new() { HasText = code });
    public ILocator AssignButton(string code) => page.GetByRole(AriaRole.Button, new() { Name = $"Assign voucher {code}" });
    public ILocator Dialog => page.Locator(".mud-dialog");
    public ILocator SiteId => Dialog.GetByLabel("Site ID");
    public ILocator Status => page.GetByTestId("assign-status");
    public ILocator ConfirmAssign => Dialog.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true });

    public async Task AssignAsync(string code, int siteId)
    {
        await AssignButton(code).ClickAsync();
        await SiteId.FillAsync(siteId.ToString());
        await Assertions.Expect(Status).ToContainTextAsync($"Assign to {siteId}");
        await ConfirmAssign.ClickAsync();
        await Assertions.Expect(Dialog).ToBeHiddenAsync();
    }
}
