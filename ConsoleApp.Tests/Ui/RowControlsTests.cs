// The measuring renderer stands where the circuit does (a render-tree type the framework keeps to itself).
#pragma warning disable BL0006
using ConsoleApp.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ConsoleApp.Tests.Ui;

/// <summary>The kit's row controls: MudBlazor's look and accessible names as plain markup, handlers that reach the
/// page, and no edits for an unchanged row.</summary>
public sealed class RowControlsTests
{
    private static readonly GridHost.Row[] Rows = [new("Apple", 1), new("Banana", 2), new("Cherry", 3)];

    [Fact]
    public async Task Button_HasMudButtonsClassesAndName_AndClickRunsTheRowsHandler()
    {
        await using var ctx = NewContext();
        var mud = ctx.Render(b =>
        {
            b.OpenComponent<MudButton>(0);
            b.AddAttribute(1, nameof(MudButton.Variant), Variant.Filled);
            b.AddAttribute(2, nameof(MudButton.Color), Color.Primary);
            b.AddAttribute(3, nameof(MudButton.Size), Size.Small);
            b.AddAttribute(4, nameof(MudButton.OnClick), EventCallback.Factory.Create<MouseEventArgs>(this, () => { }));
            b.AddAttribute(5, "ChildContent", (RenderFragment)(c => c.AddContent(0, "Open")));
            b.CloseComponent();
        });
        var host = ctx.Render<RowControlsHost>();
        await host.InvokeAsync(() => host.Instance.Show(Rows));

        var button = host.Find("button[aria-label='Open Banana']");
        Assert.Equal(Classes(mud.Find("button")), Classes(button));
        Assert.Equal(Classes(mud.Find("button > span")), Classes(button.QuerySelector("span")!));
        Assert.Equal("Open", button.TextContent.Trim());
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.Equal("Ready", button.GetAttribute("data-status"));

        button.Click();

        Assert.Equal(["Banana"], host.Instance.Opened);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CheckBox_HasMudCheckBoxsMarkupInBothStates(bool ticked)
    {
        await using var ctx = NewContext();
        var mud = ctx.Render(b =>
        {
            b.OpenComponent<MudCheckBox<bool>>(0);
            b.AddAttribute(1, nameof(MudCheckBox<bool>.Value), ticked);
            b.AddAttribute(2, nameof(MudCheckBox<bool>.ValueChanged), EventCallback.Factory.Create<bool>(this, _ => { }));
            b.AddAttribute(3, nameof(MudCheckBox<bool>.Dense), true);
            b.AddAttribute(4, nameof(MudCheckBox<bool>.Size), Size.Small);
            b.CloseComponent();
        });
        var host = ctx.Render<RowControlsHost>();
        await host.InvokeAsync(() => host.Instance.Show(Rows));
        if (ticked) host.Find("input[aria-label='Select Apple']").Change(true);

        var ours = host.Find("input[aria-label='Select Apple']").Closest(".mud-input-control")!;
        var theirs = mud.Find(".mud-input-control");
        foreach (var part in new[] { ".mud-input-control-input-container", "label", "label > span", "input", "svg" })
            Assert.Equal(Classes(theirs.QuerySelector(part)!), Classes(ours.QuerySelector(part)!));
        Assert.Equal(theirs.QuerySelector("svg")!.InnerHtml, ours.QuerySelector("svg")!.InnerHtml);
        Assert.Equal("true", ours.QuerySelector("svg")!.GetAttribute("aria-hidden"));
        Assert.Equal(ticked, ours.QuerySelector("input")!.HasAttribute("checked"));
        Assert.Equal(ticked, mud.Find("input").HasAttribute("checked"));
    }

    [Fact]
    public async Task CheckBox_ChangeTicksAndClearsOnlyItsRow()
    {
        await using var ctx = NewContext();
        var host = ctx.Render<RowControlsHost>();
        await host.InvokeAsync(() => host.Instance.Show(Rows));

        host.Find("input[aria-label='Select Banana']").Change(true);

        Assert.True(host.Find("input[aria-label='Select Banana']").HasAttribute("checked"));
        Assert.False(host.Find("input[aria-label='Select Apple']").HasAttribute("checked"));
        host.Find("input[aria-label='Select Banana']").Change(false);
        Assert.False(host.Find("input[aria-label='Select Banana']").HasAttribute("checked"));
    }

    [Fact]
    public async Task Reload_EqualRows_SendsNoEdits_AChangedRowOnlyItsOwn()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var meter = new RenderBatchMeter(services, TimeSpan.FromMilliseconds(100));
        var host = await meter.RenderAsync<RowControlsHost>();
        await meter.Dispatcher.InvokeAsync(() => host.Show(Rows));
        meter.TakeEdits();

        // A reload hands over new, equal records: the rows' handlers are the same delegates, so nothing changes.
        await meter.Dispatcher.InvokeAsync(() => host.Show(Rows));
        Assert.Equal(0, meter.TakeEdits());

        // One row changed: its two handlers are new (one edit each), the other rows send nothing.
        await meter.Dispatcher.InvokeAsync(() => host.Show([Rows[0], Rows[1] with { Count = 99 }, Rows[2]]));
        Assert.Equal(2, meter.TakeEdits());

        // What RowHandlers saves: with a lambda per render every row's handlers change on every reload.
        host.StableHandlers = false;
        await meter.Dispatcher.InvokeAsync(() => host.Show(Rows));
        meter.TakeEdits();
        await meter.Dispatcher.InvokeAsync(() => host.Show(Rows));
        Assert.Equal(2 * Rows.Length, meter.TakeEdits());
    }

    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }

    private static string[] Classes(AngleSharp.Dom.IElement element) => [.. element.ClassList.Order(StringComparer.Ordinal)];
}
