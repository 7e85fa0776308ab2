using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>Sessions that end: stamp checked on every request, circuits revalidated, sign-out behind antiforgery.</summary>
public static class SessionSecurity
{
    public static IServiceCollection AddConsoleSessionSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        // Every request checks the cookie's security stamp against the user row, so a signed-out, deleted, locked
        // or demoted user's saved cookie stops working at once (the framework default re-checks every 30 minutes).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.Configure<SessionSettings>(s => s.RevalidationSeconds = configuration.GetValue("Console:SessionRevalidationSeconds", 30));
        services.AddScoped<AuthenticationStateProvider, ConsoleAuthenticationStateProvider>();
        services.AddScoped<UserSessions>();
        return services;
    }

    /// <summary>POST /logout: needs the antiforgery token the layout's sign-out form sends, so another site cannot
    /// sign users out; ends every session of the user (not only this cookie).</summary>
    public static IEndpointRouteBuilder MapConsoleSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/logout", async ([FromServices] SignInService signIn, [FromServices] IAntiforgery antiforgery, HttpContext http) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Sign-out refused",
                    detail: "The sign-out form has expired. Reload the page and sign out again.");
            await signIn.SignOutAsync(CurrentUser.FromPrincipal(http.User));
            return Results.LocalRedirect("/login");
        });
        return endpoints;
    }
}
