using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ConsoleApp.Tests.Ui;

public sealed class ConfirmDialogTests
{
    private static async Task<(Task<bool> Answer, IRenderedComponent<MudProviders> Providers)> ShowAsync(BunitContext ctx, ConfirmRequest request)
    {
        var providers = ctx.RenderProviders();
        var dialogs = ctx.Services.GetRequiredService<IDialogService>();
        var answer = dialogs.ConfirmAsync(request);
        providers.WaitForAssertion(() => Assert.NotEmpty(providers.FindAll(".mud-dialog")), TimeSpan.FromSeconds(5));
        await Task.CompletedTask;
        return (answer, providers);
    }

    [Fact]
    public async Task Destructive_Confirmed_AnswersTrueWithErrorColouredButton()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var (answer, providers) = await ShowAsync(ctx, new ConfirmRequest("Deactivate account", "Deactivate Acme?", "Deactivate", Destructive: true));

        var button = providers.Find("[data-testid=confirm-button]");
        Assert.Contains("mud-button-filled-error", button.ClassName);
        Assert.Contains("Deactivate Acme?", providers.Find(".mud-dialog").TextContent);
        button.Click();

        Assert.True(await answer.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Cancel_Clicked_AnswersFalse()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var (answer, providers) = await ShowAsync(ctx, new ConfirmRequest("Reactivate", "Sure?", "Reactivate"));

        Assert.Contains("mud-button-filled-primary", providers.Find("[data-testid=confirm-button]").ClassName);
        providers.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Assert.False(await answer.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task TypedConfirmation_EnablesOnlyOnExactWord_ThenRunsActionWithIt()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        string? ran = null;
        var (answer, providers) = await ShowAsync(ctx, new ConfirmRequest("Delete account", "Cannot be undone.", "Delete permanently",
            Destructive: true, TypedConfirmation: "Foxglove Florists", Action: typed => { ran = typed; return Task.CompletedTask; }));

        Assert.True(providers.Find("[data-testid=confirm-button]").HasAttribute("disabled"));
        providers.Find(".mud-dialog input").Input("Foxglove");
        Assert.True(providers.Find("[data-testid=confirm-button]").HasAttribute("disabled"));
        providers.Find(".mud-dialog input").Input("Foxglove Florists");
        Assert.False(providers.Find("[data-testid=confirm-button]").HasAttribute("disabled"));
        providers.Find("[data-testid=confirm-button]").Click();

        Assert.True(await answer.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("Foxglove Florists", ran);
    }

    [Fact]
    public async Task Action_Refused_StaysOpenShowingTheReason()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var (answer, providers) = await ShowAsync(ctx, new ConfirmRequest("Deactivate", "Sure?", "Deactivate",
            Action: _ => throw new AccessDeniedException("Only partner admins can deactivate accounts.")));

        providers.Find("[data-testid=confirm-button]").Click();

        providers.WaitForAssertion(() => Assert.Contains("Only partner admins can deactivate accounts.", providers.Find("[role=alert]").TextContent));
        Assert.False(answer.IsCompleted);
    }
}
