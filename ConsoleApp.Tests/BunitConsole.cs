using System.Security.Claims;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ConsoleApp.Tests;

/// <summary>
/// Component tests over the console's real services: the bUnit context (MudBlazor, loose JS interop) falls back
/// to a <see cref="TestConsole"/> scope acting as one user, so a component talks to the real service over a real
/// SQLite database and to the same change feed the services publish on.
/// <code>
/// await using var console = await TestConsole.StartAsync();
/// await using var scope = console.As(TestUsers.PartnerAdmin);
/// await using var ctx = new BunitContext();
/// ctx.UseConsole(scope, TestUsers.PartnerAdmin);
/// </code>
/// </summary>
public static class BunitConsole
{
    public static BunitContext UseConsole(this BunitContext ctx, AsyncServiceScope scope, UserContext user)
    {
        // Real queries on a shared, busy machine can take longer than bUnit's default second.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        // The snackbar and the download go through the test's own JS interop and snackbar, so tests can see them.
        ctx.Services.AddScoped<Feedback>();
        ctx.Services.AddScoped<FileDownloader>();
        ctx.Services.AddSingleton<ICurrentUser>(new FixedCurrentUser(user));
        // Lists of services never reach the fallback (the test container answers with an empty list), so the
        // dashboard's counters are handed over explicitly.
        ctx.Services.AddSingleton<IEnumerable<IDashboardCounter>>(scope.ServiceProvider.GetServices<IDashboardCounter>().ToList());
        ctx.Services.AddFallbackServiceProvider(scope.ServiceProvider);
        var auth = ctx.AddAuthorization();
        if (user.IsAuthenticated)
        {
            auth.SetAuthorized(user.Email);
            auth.SetRoles(user.Role);
            auth.SetClaims([.. Claims(user)]);
        }
        return ctx;
    }

    /// <summary>The providers the layout normally renders (popovers, dialogs, snackbars), so a component's
    /// pop-ups have somewhere to appear. Returns the rendered providers to find pop-up content in.</summary>
    public static IRenderedComponent<MudProviders> RenderProviders(this BunitContext ctx)
    {
        // Components render as in the live circuit (set once services are in); prerender tests then set a static renderer.
        ctx.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        return ctx.Render<MudProviders>();
    }

    /// <summary>The input of a MudBlazor check box or switch named <paramref name="label"/>, wherever MudBlazor puts the name.</summary>
    public static AngleSharp.Dom.IElement InputNamed(AngleSharp.Dom.IElement named) =>
        named.TagName == "INPUT" ? named : named.QuerySelector("input") ?? named.ParentElement!.QuerySelector("input")!;

    /// <summary>The snackbar messages shown so far.</summary>
    public static IReadOnlyList<string> SnackbarMessages(this BunitContext ctx) =>
        ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "").ToList();

    private static IEnumerable<Claim> Claims(UserContext user)
    {
        yield return new Claim(ClaimTypes.NameIdentifier, user.UserId);
        yield return new Claim(ClaimTypes.Email, user.Email);
        yield return new Claim(ConsoleClaims.DisplayName, user.DisplayName);
        if (user.PartnerId is { } p) yield return new Claim(ConsoleClaims.PartnerId, p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user.AccountId is { } a) yield return new Claim(ConsoleClaims.AccountId, a.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user.ResellerId is { } r) yield return new Claim(ConsoleClaims.ResellerId, r.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user.CompanyId is { } c) yield return new Claim(ConsoleClaims.CompanyId, c.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new Claim(ConsoleClaims.TenantName, "Test tenant");
    }
}
