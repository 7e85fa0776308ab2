using ConsoleApp.Components.Ui;
using MudBlazor;

namespace ConsoleApp.Tests.Ui;

public sealed class StatusChipTests
{
    [Theory]
    [InlineData(StatusTone.NeedsAction, "needs-action")]
    [InlineData(StatusTone.InProgress, "in-progress")]
    [InlineData(StatusTone.Done, "done")]
    [InlineData(StatusTone.Failed, "failed")]
    [InlineData(StatusTone.Inactive, "inactive")]
    public async Task Render_EachTone_ShowsAreaWordsInTheToneColourClass(StatusTone tone, string css)
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;

        var chip = ctx.Render<StatusChip>(p => p.Add(c => c.Text, "EXPIRING SOON").Add(c => c.Tone, tone).Add(c => c.DataStatus, "ExpiringSoon").Add(c => c.TestId, "s"));

        var element = chip.Find("[data-testid=s]");
        Assert.Equal("EXPIRING SOON", element.TextContent.Trim());
        Assert.Contains($"pc-tone-{css}", element.ClassList);
        Assert.Equal("ExpiringSoon", element.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Render_IsMudChipsMarkupWithoutAComponent()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var mud = ctx.Render<MudChip<string>>(p => p.Add(c => c.Text, "ACTIVE").Add(c => c.Size, Size.Small).Add(c => c.Variant, Variant.Text)
            .Add(c => c.Class, "pc-status pc-tone-done"));

        var chip = ctx.Render<StatusChip>(p => p.Add(c => c.Text, "ACTIVE").Add(c => c.Tone, StatusTone.Done));
        var plain = ctx.Render(StatusChip.Plain("ACTIVE", StatusTone.Done, "Active"));

        foreach (var ours in new[] { chip.Find(".mud-chip-container"), plain.Find(".mud-chip-container") })
        {
            Assert.Equal(Classes(mud.Find(".mud-chip")), Classes(ours.QuerySelector(".mud-chip")!));
            Assert.Equal(Classes(mud.Find(".mud-chip-content")), Classes(ours.QuerySelector(".mud-chip-content")!));
            Assert.Equal("ACTIVE", ours.TextContent.Trim());
        }
        Assert.Equal("Active", plain.Find(".mud-chip").GetAttribute("data-status"));
        // The component renders no component of its own (MudChip was one more per chip on every open page).
        Assert.Empty(chip.FindComponents<MudChip<string>>());
    }

    private static string[] Classes(AngleSharp.Dom.IElement element) => [.. element.ClassList.Order(StringComparer.Ordinal)];
}
