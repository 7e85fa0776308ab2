using AngleSharp.Dom;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Ui;

public sealed class ServerGridTests
{
    private static readonly GridHost.Row[] Fruit =
        [.. Enumerable.Range(1, 30).Select(i => new GridHost.Row($"Apple {i:00}", i)), new("Banana", 7), new("Cherry", 3)];

    [Fact]
    public async Task Render_FirstPage_ShowsRowsTotalAndPagedQuery()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit));

        host.WaitForAssertion(() => Assert.Equal("32 fruits", host.Find("[data-testid=fruit-total]").TextContent));
        Assert.Equal(25, host.FindAll("tbody tr.mud-table-row").Count);
        Assert.Equal(new GridQuery(null, null, false, 0, 25), host.Instance.Queries[^1]);
        Assert.Equal("Fruit", host.Find("section.pc-grid").GetAttribute("aria-label"));
    }

    private static readonly LiveFeed FruitFeed = new(new LiveTopic("fruit"), Tenant.Partner(1));

    /// <summary>A bUnit context whose first render is the static prerender, with the state it persists.</summary>
    private static (BunitContext Ctx, Bunit.TestDoubles.BunitPersistentComponentState State) PrerenderContext(AsyncServiceScope scope)
    {
        var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var state = ctx.AddBunitPersistentComponentState();
        // What AddRazorComponents registers for [PersistentState] properties.
        Microsoft.AspNetCore.Components.Infrastructure.PersistentStateProviderServiceCollectionExtensions.AddSupplyValueFromPersistentComponentStateProvider(ctx.Services);
        ctx.RenderProviders();
        ctx.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        return (ctx, state);
    }

    /// <summary>Ends the prerender: its state is persisted and the next render is the interactive circuit's.</summary>
    private static void StartCircuit(BunitContext ctx, Bunit.TestDoubles.BunitPersistentComponentState state)
    {
        state.TriggerOnPersisting();
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task Prerender_ShowsFirstPage_InteractiveRenderTakesItWithoutQueryingAgain()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var (ctx, state) = PrerenderContext(scope);
        await using var _ = ctx;
        var prerendered = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));

        // The static render never reaches MudDataGrid's ServerData: the rows come from the preloaded page.
        Assert.Single(prerendered.Instance.Queries);
        Assert.Equal(25, prerendered.FindAll("tbody tr.mud-table-row").Count);
        Assert.Equal("32 fruits", prerendered.Find("[data-testid=fruit-total]").TextContent);
        Assert.DoesNotContain("Loading", prerendered.Markup);

        StartCircuit(ctx, state);
        var interactive = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));

        interactive.WaitForAssertion(() => Assert.Equal(25, interactive.FindAll("tbody tr.mud-table-row").Count));
        Assert.Equal("32 fruits", interactive.Find("[data-testid=fruit-total]").TextContent);
        Assert.Empty(interactive.Instance.Queries);
        // The parent renders again (the framework hands the restored value over once more): the persisted page still
        // served the first load only, so a reload queries the loader.
        interactive.Render(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));
        await interactive.InvokeAsync(() => interactive.Instance.Grid!.ReloadAsync());
        interactive.WaitForAssertion(() => Assert.Single(interactive.Instance.Queries));
    }

    [Fact]
    public async Task Interactive_ChangePublishedSincePrerender_QueriesInsteadOfShowingStalePage()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var (ctx, state) = PrerenderContext(scope);
        await using var _ = ctx;
        ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));
        StartCircuit(ctx, state);

        // Published after the prerender read its page and before the circuit's page subscribed: nobody received it.
        var fewer = Fruit.Skip(2).ToArray();
        scope.ServiceProvider.GetRequiredService<IChangeNotifier>().Publish(FruitFeed.Topic, 1, FruitFeed.Tenant);
        var interactive = ctx.Render<GridHost>(p => p.Add(h => h.Rows, fewer).Add(h => h.Live, FruitFeed));

        interactive.WaitForAssertion(() => Assert.Equal("30 fruits", interactive.Find("[data-testid=fruit-total]").TextContent));
        Assert.Single(interactive.Instance.Queries);
    }

    [Fact]
    public async Task Interactive_ChangeOfAnotherTenantSincePrerender_StillTakesPersistedPage()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var (ctx, state) = PrerenderContext(scope);
        await using var _ = ctx;
        ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));
        StartCircuit(ctx, state);

        scope.ServiceProvider.GetRequiredService<IChangeNotifier>().Publish(FruitFeed.Topic, 1, Tenant.Partner(2));
        scope.ServiceProvider.GetRequiredService<IChangeNotifier>().Publish(new LiveTopic("vegetables"), 1, FruitFeed.Tenant);
        var interactive = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));

        interactive.WaitForAssertion(() => Assert.Equal(25, interactive.FindAll("tbody tr.mud-table-row").Count));
        Assert.Empty(interactive.Instance.Queries);
    }

    [Fact]
    public async Task Interactive_FeedKnownAfterTakingStalePage_ReloadsOnce()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var (ctx, state) = PrerenderContext(scope);
        await using var _ = ctx;
        ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));
        StartCircuit(ctx, state);
        // The page learns its tenant only after the grid took the persisted page.
        var interactive = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit));
        interactive.WaitForAssertion(() => Assert.Equal(25, interactive.FindAll("tbody tr.mud-table-row").Count));
        Assert.Empty(interactive.Instance.Queries);

        scope.ServiceProvider.GetRequiredService<IChangeNotifier>().Publish(FruitFeed.Topic, 1, FruitFeed.Tenant);
        interactive.Render(p => p.Add(h => h.Rows, Fruit.Skip(2).ToArray()).Add(h => h.Live, FruitFeed));

        interactive.WaitForAssertion(() => Assert.Equal("30 fruits", interactive.Find("[data-testid=fruit-total]").TextContent));
        Assert.Single(interactive.Instance.Queries);
    }

    [Fact]
    public async Task Interactive_ChangeWhileShowingPersistedPage_Reloads()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var (ctx, state) = PrerenderContext(scope);
        await using var _ = ctx;
        ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));
        StartCircuit(ctx, state);
        var interactive = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.Live, FruitFeed));
        interactive.WaitForAssertion(() => Assert.Equal(25, interactive.FindAll("tbody tr.mud-table-row").Count));
        interactive.Render(p => p.Add(h => h.Rows, Fruit.Skip(2).ToArray()).Add(h => h.Live, FruitFeed));

        // The host follows nothing itself: the grid's own catch-up subscription reloads the persisted page.
        scope.ServiceProvider.GetRequiredService<IChangeNotifier>().Publish(FruitFeed.Topic, 1, FruitFeed.Tenant);

        interactive.WaitForAssertion(() => Assert.Equal("30 fruits", interactive.Find("[data-testid=fruit-total]").TextContent));
        Assert.Single(interactive.Instance.Queries);
    }

    [Fact]
    public async Task Search_Typed_ReloadsFromFirstPageAndWritesAddress()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.View, "ripe"));
        host.WaitForAssertion(() => Assert.Equal("32 fruits", host.Find("[data-testid=fruit-total]").TextContent));

        host.Find("input[type=text]").Input("cherr");

        host.WaitForAssertion(() => Assert.Equal("1 fruit", host.Find("[data-testid=fruit-total]").TextContent));
        Assert.Equal("cherr", host.Instance.Queries[^1].Search);
        var uri = ctx.Services.GetRequiredService<NavigationManager>().Uri;
        Assert.Contains("q=cherr", uri);
        Assert.Contains("view=ripe", uri);
    }

    [Fact]
    public async Task Search_NothingMatches_EmptyStateSaysWhy()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit));
        host.Find("input[type=text]").Input("kiwi");
        host.WaitForAssertion(() => Assert.Contains("No fruit matches “kiwi”.", host.Find("[data-testid=empty-state]").TextContent));
    }

    [Fact]
    public async Task Address_WithSearchSortAndPage_ReproducesTheView()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/fruit?q=apple&sort=-Name&page=2");
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit));

        host.WaitForAssertion(() => Assert.Equal(new GridQuery("apple", "Name", true, 1, 25), host.Instance.Queries[^1]));
        // Descending by name, second page: the 26th to 30th apples from the top are 05 down to 01.
        host.WaitForAssertion(() => Assert.Equal("Apple 05", host.Find("tbody tr.mud-table-row td").TextContent.Trim()));
    }

    [Fact]
    public async Task SortHeader_Clicked_SortsInTheLoader()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit));
        host.WaitForAssertion(() => Assert.Single(host.Instance.Queries));

        host.FindAll("th .sortable-column-header").First(h => h.TextContent.Contains("Name")).Click();

        host.WaitForAssertion(() => Assert.Equal("Name", host.Instance.Queries[^1].SortBy));
        Assert.Contains("sort=Name", ctx.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Export_Clicked_DownloadsTheViewAndReportsWhatWasLeftOut()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit));
        host.Find("input[type=text]").Input("apple");
        host.WaitForAssertion(() => Assert.Equal("30 fruits", host.Find("[data-testid=fruit-total]").TextContent));

        await host.InvokeAsync(() => host.FindAll("button").Single(b => b.TextContent.Contains("Export CSV")).Click());

        host.WaitForAssertion(() => Assert.Contains(ctx.JSInterop.Invocations, i => i.Identifier == "partnerConsole.downloadFile" && (string?)i.Arguments[0] == "fruit.csv"));
        host.WaitForAssertion(() => Assert.Contains("Only fruit matching apple.", ctx.SnackbarMessages()));
    }

    [Fact]
    public async Task Reload_AfterDataChanged_ShowsNewRowsOnSamePage()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var rows = new List<GridHost.Row> { new("Banana", 1) };
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, rows));
        host.WaitForAssertion(() => Assert.Equal("1 fruit", host.Find("[data-testid=fruit-total]").TextContent));

        rows.Add(new("Cherry", 2));
        await host.InvokeAsync(() => host.Instance.Grid!.ReloadAsync());

        host.WaitForAssertion(() => Assert.Equal("2 fruits", host.Find("[data-testid=fruit-total]").TextContent));
        Assert.Contains(host.FindAll("td"), (IElement td) => td.TextContent == "Cherry");
    }

    [Fact]
    public async Task OptionalColumns_AreMarkedToLeaveNarrowScreens()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit));
        host.WaitForAssertion(() => Assert.NotEmpty(host.FindAll("td.pc-optional")));
        Assert.Single(host.FindAll("th.pc-optional"));
    }
}
