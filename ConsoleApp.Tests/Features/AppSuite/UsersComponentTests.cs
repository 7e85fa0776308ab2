using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Mail;
using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Platform.Mail;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class UsersPageTests
{
    private static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> root, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        root.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public async Task Admin_SeesUsersMainContactAndAdminActions()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        ctx.RenderProviders();

        var page = ctx.Render<UsersPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        var riley = page.FindAll("tbody tr").Single(r => r.TextContent.Contains("Riley Reseller"));
        Assert.NotNull(riley.QuerySelector("[data-testid=main-contact]"));
        Assert.Contains("Sales, Technical, SWAS/Maintenance", riley.TextContent);
        Assert.NotNull(page.Find("button[aria-label='Edit Robin Reseller']"));
        Assert.NotNull(page.Find("button[aria-label='Delete Robin Reseller']"));
        Assert.NotNull(Button(page, "Add user"));
        Assert.NotNull(Button(page, "Send bulletin"));
        page.WaitForAssertion(() => Assert.Equal(AppSuiteDemo.SwasUpgradeEmail, VouchersPageTests.Input(page, "swas-email").GetAttribute("value")));
    }

    [Fact]
    public async Task User_SeesListButNoAdminActions()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();

        var page = ctx.Render<UsersPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        Assert.Empty(page.FindAll("button[aria-label^='Edit ']"));
        Assert.Empty(page.FindAll("button[aria-label^='Delete ']"));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() is "Add user" or "Send bulletin");
        page.WaitForAssertion(() => Assert.Equal(AppSuiteDemo.SwasUpgradeEmail, page.Find("p[data-testid=swas-email], [data-testid=swas-email]").TextContent.Trim()));
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesUserAndReports()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<UsersPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));

        page.Find("button[aria-label='Delete Robin Reseller']").Click();
        providers.WaitForAssertion(() => Assert.Contains("Delete Robin Reseller? Their sign-in is removed too.", providers.Markup));
        providers.Find("[data-testid=confirm-button]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr")));
        Assert.Contains("Robin Reseller was deleted.", ctx.SnackbarMessages());
    }

    [Fact]
    public async Task Delete_Self_RefusalShownInTheConfirmation()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<UsersPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));

        page.Find("button[aria-label='Delete Riley Reseller']").Click();
        providers.WaitForAssertion(() => providers.Find("[data-testid=confirm-button]"));
        providers.Find("[data-testid=confirm-button]").Click();

        providers.WaitForAssertion(() => Assert.Contains("You cannot delete your own user.", providers.Find("[role=alert]").TextContent));
        Assert.Equal(2, page.FindAll("tbody tr").Count);
    }

    [Fact]
    public async Task Live_UserCreatedByAnotherAdmin_AppearsWithoutReload()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerUser);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerUser);
        ctx.RenderProviders();
        var page = ctx.Render<UsersPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));

        await using (var admin = console.As(TestUsers.ResellerAdmin))
            await console.Get<PortalUserService>(admin).CreateAsync(new PortalUserInput("Casey Colleague", "casey@bluebell.test", null, null, false, false, true, false, false));

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("tbody tr"), r => r.TextContent.Contains("Casey Colleague")), TimeSpan.FromSeconds(5));
    }
}

public sealed class EditUserDialogTests
{
    private static async Task<(IRenderedComponent<UsersPage> Page, IRenderedComponent<MudProviders> Providers)> OpenAddAsync(BunitContext ctx)
    {
        var providers = ctx.RenderProviders();
        var page = ctx.Render<UsersPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Add user").Click();
        providers.WaitForAssertion(() => providers.Find("[data-testid=edit-user-save]"));
        await Task.CompletedTask;
        return (page, providers);
    }

    private static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> root, string label) where T : Microsoft.AspNetCore.Components.IComponent =>
        root.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;

    [Fact]
    public async Task Create_Empty_ShowsFieldMessages()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var (_, providers) = await OpenAddAsync(ctx);

        providers.Find("[data-testid=edit-user-save]").Click();

        providers.WaitForAssertion(() => Assert.Contains("Enter a name (up to 120 characters).", providers.Markup));
        Assert.Contains("Enter an e-mail address.", providers.Markup);
        Assert.NotEmpty(providers.FindAll("[data-testid=edit-user-save]"));
    }

    [Fact]
    public async Task Create_EmailInUse_ServerMessageUnderTheField()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var (_, providers) = await OpenAddAsync(ctx);

        Field(providers, "Name").Change("Another Robin");
        Field(providers, "E-mail").Change("reseller.user@demo.test");
        providers.Find("[data-testid=edit-user-save]").Click();

        providers.WaitForAssertion(() => Assert.Contains("Already in use.", providers.Markup));
    }

    [Fact]
    public async Task Create_Valid_ClosesAndShowsTemporaryPasswordOnce()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var (page, providers) = await OpenAddAsync(ctx);

        Field(providers, "Name").Change("Dana Dispatcher");
        Field(providers, "E-mail").Change("dana@bluebell.test");
        providers.Find("[data-testid=edit-user-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Dana Dispatcher can now sign in as dana@bluebell.test", page.Find("[data-testid=user-created]").TextContent));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr").Count));
        Assert.Empty(providers.FindAll("[data-testid=edit-user-save]"));
    }

    [Fact]
    public async Task Edit_MainContact_CannotBeUnflaggedHere()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var providers = ctx.RenderProviders();
        var page = ctx.Render<UsersPage>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Edit Riley Reseller']"));

        page.Find("button[aria-label='Edit Riley Reseller']").Click();

        providers.WaitForAssertion(() => Assert.Contains("To change the main contact, make another user the main contact.", providers.Markup));
        Assert.Equal("Riley Reseller", Field(providers, "Name").GetAttribute("value"));
        var main = BunitConsole.InputNamed(providers.FindAll("label").First(l => l.TextContent.Contains("Main contact")));
        Assert.True(main.HasAttribute("disabled"));
    }
}

public sealed class SendBulletinDialogTests
{
    private static IRenderedComponent<MudProviders> Open(BunitContext ctx)
    {
        var providers = ctx.RenderProviders();
        var page = ctx.Render<UsersPage>();
        page.WaitForAssertion(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Send bulletin"));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Send bulletin").Click();
        providers.WaitForAssertion(() => providers.Find("[data-testid=bulletin-send]"));
        return providers;
    }

    [Fact]
    public async Task Send_Empty_ShowsFieldMessagesAndQueuesNothing()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var providers = Open(ctx);
        providers.WaitForAssertion(() => Assert.Contains("2 users subscribe to Technical e-mails.", providers.Markup));

        providers.Find("[data-testid=bulletin-send]").Click();

        providers.WaitForAssertion(() => Assert.Contains("Enter a subject", providers.Markup));
        Assert.Contains("Enter the message", providers.Markup);
        await using var db = await console.SystemDbAsync();
        Assert.False(await db.Set<OutboxMail>().AnyAsync(m => m.Kind == AppSuiteMailRouting.TechnicalKind));
    }

    [Fact]
    public async Task Send_Technical_GoesToSubscribersAndReports()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        var providers = Open(ctx);

        VouchersPageTests.Input(providers, "bulletin-subject").Change("Maintenance window");
        VouchersPageTests.Input(providers, "bulletin-body").Change("The portal is down on Sunday 02:00-03:00 UTC.");
        providers.Find("[data-testid=bulletin-send]").Click();

        providers.WaitForAssertion(() => Assert.Empty(providers.FindAll("[data-testid=bulletin-send]")));
        Assert.Contains("Technical bulletin sent to 2 users.", ctx.SnackbarMessages());
        await using var db = await console.SystemDbAsync();
        Assert.Equal(2, await db.Set<OutboxMail>().CountAsync(m => m.Kind == AppSuiteMailRouting.TechnicalKind && m.Subject == "Maintenance window"));
    }
}

public sealed class SwasUpgradeEmailCardTests
{
    [Fact]
    public async Task Save_Invalid_FieldMessage_ThenValid_Saved()
    {
        await using var console = await AppSuiteTestData.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.ResellerAdmin);
        ctx.RenderProviders();
        var card = ctx.Render<SwasUpgradeEmailCard>(p => p.Add(c => c.IsAdmin, true));
        card.WaitForAssertion(() => VouchersPageTests.Input(card, "swas-email"));

        VouchersPageTests.Input(card, "swas-email").Change("not an address");
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Save address").Click();
        card.WaitForAssertion(() => Assert.Contains("Enter an e-mail address.", card.Markup));

        VouchersPageTests.Input(card, "swas-email").Change("swas-desk@bluebell.test");
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Save address").Click();
        card.WaitForAssertion(() => Assert.Contains("SWAS Upgrade Email Address saved.", ctx.SnackbarMessages()));
        await using var db = await console.SystemDbAsync();
        Assert.Equal("swas-desk@bluebell.test", (await db.Set<AppSuiteResellerSettings>().SingleAsync(s => s.ResellerId == 1)).SwasUpgradeEmail);
    }
}
