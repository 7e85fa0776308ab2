using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Marketplace;

/// <summary>A bUnit context over a marketplace test console (a vendor that answers at once), acting as one user.</summary>
internal sealed class MarketplaceBunit : IAsyncDisposable
{
    public TestConsole Console { get; }
    public AsyncServiceScope Scope { get; }
    public BunitContext Ctx { get; } = new();
    public IRenderedComponent<MudProviders> Providers { get; }
    public UserContext User { get; }

    private MarketplaceBunit(TestConsole console, UserContext user)
    {
        Console = console;
        User = user;
        Scope = console.As(user);
        Ctx.UseConsole(Scope, user);
        Providers = Ctx.RenderProviders();
    }

    public static async Task<MarketplaceBunit> StartAsync(UserContext user) => new(await MarketplaceFixture.StartAsync(), user);

    public NavigationManager Navigation => Ctx.Services.GetRequiredService<NavigationManager>();

    /// <summary>Renders <typeparamref name="T"/> as if the address were <paramref name="uri"/> (query parameters included).</summary>
    public IRenderedComponent<T> Open<T>(string uri, Action<ComponentParameterCollectionBuilder<T>>? parameters = null) where T : IComponent
    {
        Navigation.NavigateTo(uri);
        return Ctx.Render(parameters ?? (_ => { }));
    }

    /// <summary>The customer scope a page would resolve (partner users on behalf of <paramref name="accountId"/>).</summary>
    public Task<CustomerScope> CustomerScopeAsync(int accountId = MarketplaceFixture.Acme) =>
        Console.Get<MarketplaceQueries>(Scope).ScopeAsync(User.IsPartnerUser ? accountId : null);

    public static IReadOnlyList<AngleSharp.Dom.IElement> Rows<T>(IRenderedComponent<T> grid) where T : IComponent => grid.FindAll("tbody tr.mud-table-row");

    public static AngleSharp.Dom.IElement Row<T>(IRenderedComponent<T> grid, string orderName) where T : IComponent =>
        Rows(grid).Single(r => r.QuerySelectorAll("a").Any(a => a.TextContent.Trim() == orderName));

    public static IReadOnlyList<string> Headers<T>(IRenderedComponent<T> grid) where T : IComponent =>
        grid.FindAll("thead th").Select(th => th.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    /// <summary>The MudBlazor input control labelled <paramref name="label"/>.</summary>
    public static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> view, string label) where T : IComponent =>
        view.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    public static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> view, string text) where T : IComponent =>
        view.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>Finds and clicks the button in one turn of the renderer, so a render finishing in between (a load the
    /// previous step started) cannot leave the click on a handler that is gone.</summary>
    public static Task Press<T>(IRenderedComponent<T> view, string text) where T : IComponent =>
        view.InvokeAsync(() => Button(view, text).Click());

    /// <summary>Finds the input labelled <paramref name="label"/> and changes it in one turn of the renderer (see <see cref="Press{T}"/>).</summary>
    public static Task Enter<T>(IRenderedComponent<T> view, string label, string value, string input = "input") where T : IComponent =>
        view.InvokeAsync(() => Field(view, label).QuerySelector(input)!.Change(value));

    /// <summary>Opens the MudSelect labelled <paramref name="label"/> and picks the option whose text starts with <paramref name="option"/>.</summary>
    public void Choose<T>(IRenderedComponent<T> view, string label, string option) where T : IComponent
    {
        OpenSelect(view, label);
        Providers.WaitForAssertion(() => Assert.Contains(Options(), i => i.TextContent.Trim().StartsWith(option, StringComparison.Ordinal)));
        Options().First(i => i.TextContent.Trim().StartsWith(option, StringComparison.Ordinal)).Click();
    }

    /// <summary>The options of the open select.</summary>
    public IReadOnlyList<string> OptionsOf<T>(IRenderedComponent<T> view, string label) where T : IComponent
    {
        OpenSelect(view, label);
        Providers.WaitForAssertion(() => Assert.NotEmpty(Options()));
        return Options().Select(i => i.TextContent.Trim()).ToList();
    }

    private static void OpenSelect<T>(IRenderedComponent<T> view, string label) where T : IComponent => Field(view, label).MouseDown();

    private IReadOnlyList<AngleSharp.Dom.IElement> Options() => Providers.FindAll(".mud-popover-open .mud-list-item");

    public async ValueTask DisposeAsync()
    {
        await Ctx.DisposeAsync();
        await Scope.DisposeAsync();
        await Console.DisposeAsync();
    }
}
