using ConsoleApp.Components.Ui;

namespace ConsoleApp.Tests.Ui;

public sealed class GridTotalTests
{
    [Fact]
    public async Task Render_ShowsTheTextAsAPoliteStatusLine()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;

        var total = ctx.Render<GridTotal>(p => p.Add(c => c.Text, () => "25 orders").Add(c => c.TestId, "orders-total"));

        var line = total.Find("[data-testid=orders-total]");
        Assert.Equal("25 orders", line.TextContent.Trim());
        Assert.Equal("status", line.GetAttribute("role"));
        Assert.Equal("polite", line.GetAttribute("aria-live"));
    }

    [Fact]
    public async Task Refresh_ReadsTheTextAgainWithoutNewParameters()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var count = 25;
        var total = ctx.Render<GridTotal>(p => p.Add(c => c.Text, () => $"{count} orders").Add(c => c.TestId, "t"));

        count = 26;
        Assert.Equal("25 orders", total.Find("[data-testid=t]").TextContent.Trim());
        await total.InvokeAsync(total.Instance.Refresh);

        Assert.Equal("26 orders", total.Find("[data-testid=t]").TextContent.Trim());
    }

    [Fact]
    public async Task Refresh_SameText_NoRender()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var count = 25;
        var total = ctx.Render<GridTotal>(p => p.Add(c => c.Text, () => $"{count} orders").Add(c => c.TestId, "t"));
        var renders = total.RenderCount;

        await total.InvokeAsync(total.Instance.Refresh);
        Assert.Equal(renders, total.RenderCount);

        count = 26;
        await total.InvokeAsync(total.Instance.Refresh);
        Assert.True(total.RenderCount > renders);
        Assert.Equal("26 orders", total.Find("[data-testid=t]").TextContent.Trim());
    }
}
