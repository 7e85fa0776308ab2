using ConsoleApp.Components.Features.Dashboard;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Dashboard;

public sealed class DashboardPageTests
{
    private static int Value(IRenderedComponent<DashboardPage> page, string testId) =>
        int.Parse(page.Find($"[data-testid={testId}] .pc-tile-value").TextContent, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Render_PartnerAdmin_ShowsTheirCountersAsLinks()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);

        var page = ctx.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".pc-tile")));
        Assert.Equal("/audit?action=SignIn", page.Find("[data-testid=counter-sign-ins-today]").GetAttribute("href"));
        Assert.Equal("Dashboard", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task Render_RoleWithoutCounters_SaysSo()
    {
        await using var console = await TestConsole.StartAsync();
        var nobody = TestUsers.Customer with { Role = "Visitor" };
        await using var scope = console.As(nobody);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, nobody);

        var page = ctx.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Contains("Nothing to show for your role yet.", page.Find("[data-testid=empty-state]").TextContent));
    }

    [Fact]
    public async Task Live_SignInPublished_CounterRisesWithoutReload()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var page = ctx.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=counter-sign-ins-today]")));
        var before = Value(page, "counter-sign-ins-today");

        await using (var db = await console.SystemDbAsync())
        {
            AuditLog.Record(db, TestUsers.PartnerStaff, "User", TestUsers.PartnerStaff.UserId, "SignIn");
            await db.SaveChangesAsync();
        }
        console.Services.GetRequiredService<IChangeNotifier>().Publish(AuditLog.Topic, TestUsers.PartnerStaff.UserId, Tenant.Partner(DemoData.PartnerId));

        page.WaitForAssertion(() => Assert.Equal(before + 1, Value(page, "counter-sign-ins-today")), TimeSpan.FromSeconds(5));
    }
}
