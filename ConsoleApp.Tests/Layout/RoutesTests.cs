using ConsoleApp.Components;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Layout;

/// <summary>The router: a page in the shell for who may see it, "not permitted" for a signed-in user without the role,
/// the sign-in page for a signed-out one, and the not-found content for an unknown address.</summary>
public sealed class RoutesTests
{
    private static async Task<(IRenderedComponent<Routes> Routes, NavigationManager Navigation)> RenderAtAsync(BunitContext ctx, AsyncServiceScope scope, UserContext user, string address)
    {
        ctx.UseConsole(scope, user);
        // The shell (MainLayout) brings its own MudBlazor providers; render as the live circuit does.
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(address);
        await Task.CompletedTask;
        return (ctx.Render<Routes>(), navigation);
    }

    [Fact]
    public async Task KnownPage_SignedIn_RendersPageInsideShell()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        var (routes, _) = await RenderAtAsync(ctx, scope, TestUsers.PartnerAdmin, "/");

        routes.WaitForAssertion(() => Assert.Equal("Dashboard", routes.Find("main h1").TextContent));
        Assert.NotNull(routes.Find("nav[aria-label=Main]"));
    }

    [Fact]
    public async Task KnownPage_SignedInWithoutRole_SaysNotPermitted()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        var (routes, navigation) = await RenderAtAsync(ctx, scope, TestUsers.PartnerStaff, "/audit");

        routes.WaitForAssertion(() => Assert.Equal("Not permitted", routes.Find("main h1").TextContent));
        Assert.EndsWith("/audit", navigation.Uri);
    }

    [Fact]
    public async Task KnownPage_SignedOut_GoesToSignInWithReturnAddress()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        var (routes, navigation) = await RenderAtAsync(ctx, scope, UserContext.Anonymous, "/orders");

        routes.WaitForAssertion(() => Assert.EndsWith("/login?returnUrl=/orders", navigation.Uri));
    }

    [Fact]
    public async Task UnknownAddress_ShowsNotFoundInsideShell()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        var (routes, _) = await RenderAtAsync(ctx, scope, TestUsers.PartnerAdmin, "/no-such-page");

        routes.WaitForAssertion(() => Assert.Equal("Not found", routes.Find("main h1").TextContent));
        Assert.NotNull(routes.Find("nav[aria-label=Main]"));
    }
}
