using ConsoleApp.Components.Ui;
using MudBlazor;

namespace ConsoleApp.Tests.Ui;

/// <summary>Row parts built as one markup frame show their text as text, and leave out attributes without a value as
/// Razor does.</summary>
public sealed class RowMarkupTests
{
    [Fact]
    public async Task Chip_TextWithMarkupCharacters_ShownAsText()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;

        var chip = ctx.Render(StatusChip.Plain("<b>R&D</b> \"x\" 'y'", StatusTone.Done, "A\"B"));

        var element = chip.Find(".mud-chip");
        Assert.Equal("<b>R&D</b> \"x\" 'y'", element.TextContent);
        Assert.Empty(chip.FindAll("b"));
        Assert.Equal("A\"B", element.GetAttribute("data-status"));
        Assert.False(element.HasAttribute("data-testid"));
    }

    [Fact]
    public void Cached_SameKey_BuiltOnce()
    {
        var builds = 0;
        string Build(string a, string? b, string? c, string? d) { builds++; return $"<i>{a}</i>"; }

        var first = RowMarkup.Cached("test-cached", "x", null, null, null, Build);
        var second = RowMarkup.Cached("test-cached", "x", null, null, null, Build);

        Assert.Equal("<i>x</i>", first.Value);
        Assert.Same(first.Value, second.Value);
        Assert.Equal(1, builds);
    }
}
