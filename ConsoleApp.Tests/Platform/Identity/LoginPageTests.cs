using ConsoleApp.Components.Platform.Identity;

namespace ConsoleApp.Tests.Platform.Identity;

public sealed class LoginPageTests
{
    [Fact]
    public async Task Submit_EmptyForm_ShowsWhatIsMissingAndSignsNobodyIn()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);

        var page = ctx.Render<LoginPage>();
        Assert.Equal("Sign in to Partner Console", page.Find("h1").TextContent);
        Assert.NotNull(page.Find("a[href='/appsuite/register']"));

        page.Find("form").Submit();

        Assert.Contains("Enter your e-mail address.", page.Markup);
        Assert.Contains("Enter your password.", page.Markup);
        Assert.Empty(page.FindAll("[role=alert]"));
    }
}
