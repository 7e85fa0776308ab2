using ConsoleApp.Components.Layout;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Layout;

public sealed class MainLayoutTests
{
    private static RenderFragment Body => b => b.AddMarkupContent(0, "<h1>The page</h1>");

    [Fact]
    public async Task Render_SignedIn_ShowsProductUserRoleTenantNavigationAndBody()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);

        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, Body));

        Assert.Equal("Partner Console", layout.Find("a.pc-brand").TextContent);
        Assert.Equal("PartnerAdmin", layout.Find("[data-testid=user-role]").TextContent);
        Assert.Contains("Pat Admin", layout.Find("[data-testid=user-badge]").TextContent);
        Assert.Contains("Test tenant", layout.Find("[data-testid=user-badge]").TextContent);
        Assert.NotNull(layout.Find("nav[aria-label=Main]"));
        Assert.Equal("The page", layout.Find("main h1").TextContent);
    }

    [Fact]
    public async Task ThemeToggle_Clicked_SwitchesToDarkAndRemembersItForThisUser()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, Body));
        Assert.Equal("Use the dark theme", layout.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));

        layout.Find("[data-testid=theme-toggle]").Click();

        layout.WaitForAssertion(() => Assert.Equal("Use the light theme", layout.Find("[data-testid=theme-toggle]").GetAttribute("aria-label")));
        var saved = ctx.JSInterop.Invocations.Single(i => i.Identifier == "partnerConsole.setPreference");
        Assert.Equal(new object?[] { "pc-theme:demo-partner-staff", "dark" }, saved.Arguments);
    }

    [Fact]
    public async Task StoredPreference_Dark_OpensInDarkTheme()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.JSInterop.Setup<string?>("partnerConsole.getPreference", "pc-theme:demo-partner-staff").SetResult("dark");

        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, Body));

        layout.WaitForAssertion(() => Assert.Equal("Use the light theme", layout.Find("[data-testid=theme-toggle]").GetAttribute("aria-label")));
    }

    [Fact]
    public async Task MenuButton_Clicked_TogglesTheDrawer()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, Body));
        var before = layout.Find(".mud-appbar button[aria-expanded]").GetAttribute("aria-expanded");

        layout.Find(".mud-appbar button[aria-expanded]").Click();

        var after = layout.Find(".mud-appbar button[aria-expanded]");
        Assert.NotEqual(before, after.GetAttribute("aria-expanded"));
        Assert.Equal(after.GetAttribute("aria-expanded") == "true" ? "Hide navigation" : "Show navigation", after.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task ThemeProvider_RendersAgainOnlyWhenTheThemeChanges()
    {
        // Each render of MudThemeProvider builds its whole theme style again and an open page keeps its last two renders.
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, Body));
        var theme = layout.FindComponent<MudBlazor.MudThemeProvider>();
        var renders = theme.RenderCount;

        layout.Find(".mud-appbar button[aria-expanded]").Click();
        layout.Find(".mud-appbar button[aria-expanded]").Click();

        Assert.Equal(renders, theme.RenderCount);
        layout.Find("[data-testid=theme-toggle]").Click();
        layout.WaitForAssertion(() => Assert.True(theme.RenderCount > renders));
    }
}

public sealed class NavMenuTests
{
    [Theory]
    [InlineData("PartnerAdmin", new[] { "Dashboard", "Orders", "Accounts", "Audit" }, new[] { "Sites", "Approvals" })]
    [InlineData("Employee", new[] { "Dashboard", "Order a device" }, new[] { "Accounts", "Audit" })]
    public async Task Render_Role_ShowsOnlyItsItemsGroupedAsTheProductNamesThem(string role, string[] shown, string[] hidden)
    {
        var user = role == "Employee" ? TestUsers.Employee : TestUsers.PartnerAdmin;
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);

        var nav = ctx.Render<NavMenu>();

        var links = nav.FindAll("a.mud-nav-link").Select(a => a.TextContent.Trim()).ToList();
        foreach (var name in shown) Assert.Contains(name, links);
        foreach (var name in hidden) Assert.DoesNotContain(name, links);
        if (role == "PartnerAdmin")
            Assert.Contains(nav.FindAll(".mud-nav-group"), g => g.TextContent.Contains("Billing") && g.TextContent.Contains("Orders"));
    }

    [Fact]
    public async Task Render_MarksTheCurrentPageAndFollowsNavigation()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/orders?view=Unassigned");

        var nav = ctx.Render<NavMenu>();

        Assert.Equal(["Orders"], Current(nav));
        Assert.Equal("page", nav.Find("a.active").GetAttribute("aria-current"));
        navigation.NavigateTo("/");
        nav.WaitForAssertion(() => Assert.Equal(["Dashboard"], Current(nav)));
        navigation.NavigateTo("/accounts/7");
        nav.WaitForAssertion(() => Assert.Equal(["Accounts"], Current(nav)));
        Assert.DoesNotContain(nav.FindAll("a[aria-current]"), a => !a.ClassList.Contains("active"));
    }

    [Fact]
    public async Task LinkClicked_TellsTheDrawer()
    {
        // The responsive drawer closes on a narrow screen when a link is followed (MudNavLink asked it the same way).
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var drawer = new CountingDrawer();

        var nav = ctx.Render<CascadingValue<MudBlazor.Interfaces.INavigationEventReceiver>>(p => p
            .Add(c => c.Value, drawer).Add(c => c.IsFixed, true)
            .Add(c => c.ChildContent, b => { b.OpenComponent<NavMenu>(0); b.CloseComponent(); }));
        nav.Find("a[href='/orders']").Click();

        Assert.Equal(1, drawer.Navigations);
    }

    private static List<string> Current(IRenderedComponent<NavMenu> nav) =>
        nav.FindAll("a.mud-nav-link.active").Select(a => a.TextContent.Trim()).ToList();

    private sealed class CountingDrawer : MudBlazor.Interfaces.INavigationEventReceiver
    {
        public int Navigations { get; private set; }
        public Task OnNavigation() { Navigations++; return Task.CompletedTask; }
    }

    [Theory]
    [InlineData("/", "/", true)]
    [InlineData("/", "/orders", false)]
    [InlineData("/orders", "/orders", true)]
    [InlineData("/orders", "/Orders", true)]
    [InlineData("/orders", "/orders/5", true)]
    [InlineData("/orders", "/ordersx", false)]
    [InlineData("/orders", "/devices/orders", false)]
    public void NavPaths_ActiveAsNavLinkDecides(string href, string path, bool active) =>
        Assert.Equal(active, NavPaths.IsActive(href, path));

    [Theory]
    [InlineData("", "/")]
    [InlineData("orders?view=All", "/orders")]
    [InlineData("audit#top", "/audit")]
    [InlineData("devices/orders", "/devices/orders")]
    public void NavPaths_PathOfAnAddress(string baseRelative, string path) => Assert.Equal(path, NavPaths.PathOf(baseRelative));

    [Fact]
    public async Task Render_SignedOut_ShowsNothing()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(UserContext.Anonymous);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, UserContext.Anonymous);
        Assert.Empty(ctx.Render<NavMenu>().FindAll("a"));
    }
}

public sealed class UserBadgeTests
{
    [Fact]
    public async Task Render_SignedIn_SignOutFormPostsToLogoutWithAntiforgery()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.AccountAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.AccountAdmin);
        ctx.Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());

        var badge = ctx.Render<UserBadge>();

        var form = badge.Find("form");
        Assert.Equal("/logout", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("Sign out", form.QuerySelector("button[type=submit]")!.TextContent.Trim());
        Assert.Equal("AccountAdmin", badge.Find("[data-testid=user-role]").TextContent);
    }
}

internal sealed class FixedAntiforgery : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("token-value", "__RequestVerificationToken");
}

public sealed class SmallShellPartsTests
{
    [Fact]
    public async Task NotPermitted_ExplainsAndLinksHome()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var page = ctx.Render<NotPermitted>();
        Assert.Equal("Not permitted", page.Find("h1").TextContent);
        Assert.Equal("/", page.Find("a").GetAttribute("href"));
    }

    [Fact]
    public async Task NotFoundContent_ExplainsAndLinksHome()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var page = ctx.Render<NotFoundContent>();
        Assert.Equal("Not found", page.Find("h1").TextContent);
        Assert.Contains("nothing at this address", page.Markup);
    }

    [Fact]
    public async Task ReconnectBanner_HasEveryStateBlazorSwitches()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var banner = ctx.Render<ReconnectBanner>();
        Assert.Equal("components-reconnect-modal", banner.Find("[role=status]").Id);
        Assert.Contains("Connection lost. Reconnecting…", banner.Find(".pc-reconnect-show").TextContent);
        Assert.Equal(2, banner.FindAll("button.pc-reload").Count);
    }

    [Fact]
    public async Task EmptyLayout_RendersBodyInMain()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var layout = ctx.Render<EmptyLayout>(p => p.Add(l => l.Body, b => b.AddContent(0, "sign in here")));
        Assert.Equal("sign in here", layout.Find("main.pc-empty-layout").TextContent);
    }

    [Fact]
    public async Task RedirectToLogin_SendsToLoginWithReturnUrl()
    {
        await using var ctx = new BunitContext();
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/audit?action=SignIn");
        ctx.Render<RedirectToLogin>();
        Assert.EndsWith("/login?returnUrl=/audit%3Faction%3DSignIn", navigation.Uri);
    }

    [Fact]
    public void ThemePreference_KeyIsPerUser()
    {
        Assert.Equal("pc-theme:demo-manager", ThemePreference.KeyFor(TestUsers.Manager));
        Assert.NotEqual(ThemePreference.KeyFor(TestUsers.Manager), ThemePreference.KeyFor(TestUsers.Employee));
        Assert.True(ThemePreference.IsDark("dark"));
        Assert.False(ThemePreference.IsDark(null));
    }
}
