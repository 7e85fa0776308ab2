using ConsoleApp.Components.Ui;

namespace ConsoleApp.Tests.Ui;

public sealed class EmptyStateTests
{
    [Fact]
    public async Task Render_WithReason_AnnouncesTheReason()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;

        var empty = ctx.Render<EmptyState>(p => p.Add(e => e.Text, "No orders wait for an account."));

        var status = empty.Find("[role=status]");
        Assert.Contains("No orders wait for an account.", status.TextContent);
    }
}

public sealed class LoadingRowsTests
{
    [Fact]
    public async Task Render_RowCount_DrawsThatManySkeletonBars()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;

        var loading = ctx.Render<LoadingRows>(p => p.Add(l => l.Rows, 3));

        Assert.Equal(3, loading.FindAll(".mud-skeleton").Count);
        Assert.Equal("Loading", loading.Find("[role=status]").GetAttribute("aria-label"));
    }
}
