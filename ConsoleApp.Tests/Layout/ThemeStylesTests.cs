using System.Text.RegularExpressions;
using ConsoleApp.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;
using MudBlazor.Services;

namespace ConsoleApp.Tests.Layout;

/// <summary>ThemeStyles writes the console's theme (light or dark) and renders MudThemeProvider again only when the
/// theme changes, not each time the layout around it renders: an open page keeps the last two renders of that style of
/// about 12,000 characters.</summary>
public sealed partial class ThemeStylesTests
{
    [Fact]
    public async Task Render_LightThenDark_WritesThatPalette()
    {
        await using var ctx = NewContext();
        var host = ctx.Render<LayoutStandIn>(p => p.Add(h => h.Dark, false));
        Assert.Equal("rgba(245,246,248,1)", Background(host.Markup)); // ConsoleTheme's light background, #f5f6f8

        host.Render(p => p.Add(h => h.Dark, true));

        Assert.Equal("rgba(18,22,28,1)", Background(host.Markup)); // its dark background, #12161c
    }

    [Fact]
    public async Task LayoutRendersAgain_SameTheme_ProviderDoesNotRenderAgain()
    {
        await using var ctx = NewContext();
        var host = ctx.Render<LayoutStandIn>(p => p.Add(h => h.Dark, false));
        var provider = host.FindComponent<MudThemeProvider>();
        var renders = provider.RenderCount;

        host.Render(p => p.Add(h => h.Dark, false).Add(h => h.Other, 1));
        Assert.Equal(renders, provider.RenderCount);

        host.Render(p => p.Add(h => h.Dark, true).Add(h => h.Other, 1));
        Assert.True(provider.RenderCount > renders);
    }

    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }

    private static string Background(string markup) => BackgroundVariable().Match(markup).Groups[1].Value.Replace(" ", "");

    [GeneratedRegex(@"--mud-palette-background:\s*([^;]+);")]
    private static partial Regex BackgroundVariable();

    /// <summary>What the layout does: holds ThemeStyles and renders again for reasons of its own (<see cref="Other"/>).</summary>
    private sealed class LayoutStandIn : ComponentBase
    {
        [Parameter] public bool Dark { get; set; }
        [Parameter] public int Other { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<ThemeStyles>(0);
            builder.AddComponentParameter(1, nameof(ThemeStyles.Dark), Dark);
            builder.CloseComponent();
            builder.AddContent(2, Other);
        }
    }
}
