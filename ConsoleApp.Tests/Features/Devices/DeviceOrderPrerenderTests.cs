using System.Net;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Tests.Platform.Security;

namespace ConsoleApp.Tests.Features.Devices;

/// <summary>The device order page's first paint on the real host: when the page's renderer is taken down after the
/// response, MudTabs reports a new tab index while its panels leave, which is not the user choosing a tab and must not
/// navigate (it did, and the host logged a NavigationException after every first paint of a tab other than the first).</summary>
public sealed class DeviceOrderPrerenderTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    [Theory]
    [InlineData("/devices/order?tab=upgrade")]
    [InlineData("/devices/order?tab=accessory")]
    public async Task FirstPaint_OfATab_LogsNoError(string path)
    {
        using var session = new WebSession(host);
        await session.SignInAsync("employee@demo.test", DemoData.Password);

        // The test server reports an exception thrown while the response completes as a failed request.
        var response = await session.Client.GetAsync(path);
        await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The renderer is taken down once the response has completed: give that a moment, then read the host's log.
        await Task.Delay(500);
        Assert.DoesNotContain("NavigationException", Log());
    }

    private string Log()
    {
        var folder = Path.Combine(host.Root, "logs");
        if (!Directory.Exists(folder)) return "";
        return string.Concat(Directory.GetFiles(folder).Select(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }));
    }
}
