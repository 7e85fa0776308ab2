using ConsoleApp.Components.Platform.Identity;
namespace ConsoleApp.Tests.Platform.Identity;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task Render_SaysSomethingWentWrong_AndLinksToDashboard()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;

        var page = ctx.Render<ErrorPage>();

        Assert.Equal("Something went wrong", page.Find("h1").TextContent);
        Assert.Contains("The error has been logged.", page.Markup);
        var link = page.Find("a");
        Assert.Equal("/", link.GetAttribute("href"));
        Assert.Equal("Back to the dashboard", link.TextContent);
        // No exception detail reaches the user.
        Assert.DoesNotContain("Exception", page.Markup);
    }
}
