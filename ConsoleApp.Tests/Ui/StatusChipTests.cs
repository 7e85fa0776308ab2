using ConsoleApp.Components.Ui;

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
}
