using ConsoleApp.Components.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SessionBrowserTests(ConsoleServer server)
{
    [Fact]
    public async Task OpenCircuit_UsersSessionsEnded_GoesToSignInWithinTheRevalidationInterval()
    {
        const string email = "open.tab@demo.test";
        string id;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
            var user = await TestUsers.CreateSignInAsync(users, email, "Open Tab", "PartnerStaff", 1, Components.Platform.Seeding.DemoData.Password);
            id = user.Id;
        }
        var page = await server.SignInAsync(email, "/audit");
        await page.WaitForTimeoutAsync(500);
        Assert.DoesNotContain("/login", page.Url);

        await using (var scope = server.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<UserSessions>().EndAllAsync(id, "test"));

        // The server sets the revalidation interval to 2 s for tests; allow a generous margin.
        await page.WaitForURLAsync(url => url.Contains("/login"), new() { Timeout = 15_000 });
        await page.Context.CloseAsync();
    }
}
