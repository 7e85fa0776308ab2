using ConsoleApp.Components.Features.Audit;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Audit;

public sealed class AuditPageTests
{
    private static async Task RecordAsync(TestConsole console, string entity, string action)
    {
        await using var db = await console.SystemDbAsync();
        AuditLog.Record(db, TestUsers.PartnerStaff, entity, 42, action, null, new { Note = entity });
        await db.SaveChangesAsync();
    }

    private static IReadOnlyList<string> RowTexts(IRenderedComponent<AuditPage> page) =>
        page.FindAll("tbody tr.mud-table-row").Select(r => r.TextContent).ToList();

    [Fact]
    public async Task Render_PartnerAdmin_ShowsEntriesOfTheirPartnerNewestFirst()
    {
        await using var console = await TestConsole.StartAsync();
        await RecordAsync(console, "Widget", "Polished");
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();

        var page = ctx.Render<AuditPage>();

        page.WaitForAssertion(() => Assert.Contains("Polished", RowTexts(page)[0]));
        Assert.Contains("partner.staff@demo.test", RowTexts(page)[0]);
        Assert.Equal("Audit trail", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task Search_Typed_NarrowsInTheDatabaseAndKeepsItInTheAddress()
    {
        await using var console = await TestConsole.StartAsync();
        await RecordAsync(console, "Gadget", "Sharpened");
        await RecordAsync(console, "Widget", "Polished");
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var page = ctx.Render<AuditPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(RowTexts(page)));

        page.Find(".pc-grid-search input").Input("Gadget");

        page.WaitForAssertion(() => Assert.Equal("1 entry", page.Find("[data-testid=audit-total]").TextContent));
        page.WaitForAssertion(() => Assert.Contains("Sharpened", Assert.Single(RowTexts(page))));
        Assert.Contains("q=Gadget", ctx.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task ActionInAddress_FiltersByThatAction()
    {
        await using var console = await TestConsole.StartAsync();
        await RecordAsync(console, "Gadget", "Sharpened");
        await RecordAsync(console, "Widget", "Polished");
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/audit?action=Sharpened");
        ctx.RenderProviders();

        var page = ctx.Render<AuditPage>();

        page.WaitForAssertion(() => Assert.Equal("1 entry", page.Find("[data-testid=audit-total]").TextContent));
        Assert.Contains("Gadget", RowTexts(page)[0]);
    }

    [Fact]
    public async Task Export_Clicked_DownloadsCsvOfTheFilteredView()
    {
        await using var console = await TestConsole.StartAsync();
        await RecordAsync(console, "Gadget", "Sharpened");
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var page = ctx.Render<AuditPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(RowTexts(page)));

        page.FindAll("button").Single(b => b.TextContent.Contains("Export CSV")).Click();

        page.WaitForAssertion(() => Assert.Contains(ctx.JSInterop.Invocations, i => i.Identifier == "partnerConsole.downloadFile"
            && ((string)i.Arguments[0]!).StartsWith("audit-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Live_EntryPublished_AppearsWithoutReload()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var page = ctx.Render<AuditPage>();
        page.WaitForAssertion(() => Assert.DoesNotContain("Exploded", page.Markup));

        await RecordAsync(console, "Boiler", "Exploded");
        console.Services.GetRequiredService<IChangeNotifier>().Publish(AuditLog.Topic, 42, Tenant.Partner(DemoData.PartnerId));

        page.WaitForAssertion(() => Assert.Contains("Exploded", RowTexts(page)[0]), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Dispose_EndsItsLiveSubscription()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var notifier = (ChangeNotifier)console.Services.GetRequiredService<IChangeNotifier>();
        var before = notifier.SubscriberCount;
        var page = ctx.Render<AuditPage>();
        // The grid follows the audit feed itself (the page no longer subscribes on its own).
        page.WaitForAssertion(() => Assert.Equal(before + 1, notifier.SubscriberCount));

        await ctx.DisposeComponentsAsync();

        Assert.Equal(before, notifier.SubscriberCount);
    }
}
