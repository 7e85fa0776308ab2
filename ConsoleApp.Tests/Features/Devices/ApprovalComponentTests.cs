using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Devices.Approvals;

namespace ConsoleApp.Tests.Features.Devices;

public sealed class ApprovalsPageTests
{
    private static IReadOnlyList<AngleSharp.Dom.IElement> Requests(IRenderedComponent<ApprovalsPage> page) => page.FindAll("section[data-testid^=approval-]");

    [Fact]
    public async Task Render_Manager_ShowsThePendingRequestWithItsFacts()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        ctx.RenderProviders();

        var page = ctx.Render<ApprovalsPage>();

        page.WaitForAssertion(() => Assert.Single(Requests(page)));
        var request = page.Find("[data-testid=approval-DO-00004]");
        Assert.Equal("Approval request DO-00004", request.GetAttribute("aria-label"));
        Assert.Contains("New device for Riley Chen", request.QuerySelector("h2")!.TextContent);
        Assert.Contains("Emery Employee", request.TextContent);
        Assert.Equal("1 waiting", page.Find("[data-testid=approvals-count]").TextContent);
    }

    [Fact]
    public async Task Live_EmployeeSubmitsAnOrder_AppearsWithoutReload_DecidingRemovesIt()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        ctx.RenderProviders();
        var page = ctx.Render<ApprovalsPage>();
        page.WaitForAssertion(() => Assert.Single(Requests(page)));

        var id = await DeviceTestData.DraftAsync(console);
        await using (var employee = console.As(TestUsers.Employee))
            await console.Get<DeviceOrderService>(employee).ConfirmAsync(id);

        var number = DeviceOrder.FormatNumber(id);
        page.WaitForAssertion(() => Assert.Equal(2, Requests(page).Count), TimeSpan.FromSeconds(5));
        page.Find($"[data-testid=reason-{number}]").Input("Budgeted");
        page.Find($"button[aria-label='Reject {number}']").Click();

        page.WaitForAssertion(() => Assert.Single(Requests(page)));
        Assert.Contains($"{number} rejected.", ctx.SnackbarMessages());
    }

    [Fact]
    public async Task Render_NothingWaiting_SaysSo()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await console.Get<ApprovalService>(scope).ApproveAsync(4, "Fine");
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        ctx.RenderProviders();

        var page = ctx.Render<ApprovalsPage>();

        page.WaitForAssertion(() => Assert.Contains("Nothing is waiting for your approval.", page.Find("[data-testid=empty-state]").TextContent));
    }
}

public sealed class DecisionPanelTests
{
    [Fact]
    public async Task Approve_WithoutReason_SaysSoUnderTheField_WithReasonApprovesAndTellsThePage()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        ctx.RenderProviders();
        var decided = 0;
        var panel = ctx.Render<DecisionPanel>(p => p.Add(d => d.OrderId, 4).Add(d => d.Number, "DO-00004").Add(d => d.Decided, () => decided++));

        panel.Find("button[aria-label='Approve DO-00004']").Click();
        panel.WaitForAssertion(() => Assert.Contains("Give a reason to approve DO-00004.", panel.Find(".mud-input-helper-text").TextContent));
        Assert.Equal(0, decided);

        panel.Find("[data-testid=reason-DO-00004]").Input("Replacement is due");
        panel.Find("button[aria-label='Approve DO-00004']").Click();

        panel.WaitForAssertion(() => Assert.Equal(1, decided));
        Assert.Contains("DO-00004 approved and sent to the dealer.", ctx.SnackbarMessages());
        await using var employee = console.As(TestUsers.Employee);
        Assert.Equal(DeviceOrderStatus.SentToDealer, (await console.Get<OrderQueryService>(employee).GetAsync(4)).Status);
    }

    [Fact]
    public async Task Decide_ByTheRequester_IsRefusedInWords()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();
        var decided = 0;
        var panel = ctx.Render<DecisionPanel>(p => p.Add(d => d.OrderId, 4).Add(d => d.Number, "DO-00004").Add(d => d.Decided, () => decided++));

        panel.Find("[data-testid=reason-DO-00004]").Input("I approve my own");
        panel.Find("button[aria-label='Approve DO-00004']").Click();

        panel.WaitForAssertion(() => Assert.Single(ctx.SnackbarMessages()));
        Assert.Equal(0, decided);
    }
}
