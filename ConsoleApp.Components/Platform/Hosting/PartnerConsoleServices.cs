using ConsoleApp.Components.Platform.Api;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Background;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Logging;
using ConsoleApp.Components.Platform.Mail;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Security;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using MudBlazor.Services;

namespace ConsoleApp.Components.Platform.Hosting;

/// <summary>What every feature stands on (data, identity, tenancy, live feed, audit, mail, logging). It names no
/// feature: the host composes the platform with the features.</summary>
public static class PartnerConsoleServices
{
    public static WebApplicationBuilder AddConsolePlatform(this WebApplicationBuilder builder)
    {
        builder.AddConsoleLogging();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents(o =>
            // How long a dropped circuit waits for its browser to reconnect before it ends (framework default 3 min).
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(builder.Configuration.GetValue("Console:DisconnectedCircuitRetentionSeconds", 180)));
        builder.Services.AddConsolePlatformServices(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddConsoleApiProblems();
        builder.Services.AddConsolePageCompression();
        return builder;
    }

    /// <summary>The platform's services without the web host's own.</summary>
    public static IServiceCollection AddConsolePlatformServices(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
            o.SnackbarConfiguration.PreventDuplicates = false;
        });
        services.AddScoped<ConsoleApp.Components.Ui.Feedback>();
        services.AddHttpContextAccessor();

        // Npgsql reads its timestamp mode once, at its first use anywhere in the process: set it before any.
        if (ConsoleDatabase.ProviderFrom(configuration) == DatabaseProvider.Postgres) ConsoleDatabase.UseUnzonedTimestamps();
        services.AddSingleton<AuditPublisher>();
        services.AddDbContextFactory<ConsoleDbContext>((sp, o) =>
        {
            o.UseConsoleDatabase(configuration, contentRoot);
            if (ConsoleDatabase.ProviderFrom(configuration) == DatabaseProvider.Sqlite)
                o.AddInterceptors(sp.GetRequiredService<SqliteRecovery>(), sp.GetRequiredService<SqliteRecovery.ReadOnlyGuard>());
            o.AddInterceptors(sp.GetRequiredService<AuditPublisher>().Interceptors);
        });
        // The Identity EF stores take a DbContext from the DI scope; the console's own services keep opening short
        // contexts from the factory (ConsoleDb). This one is never tenant-scoped, so a feature query through it
        // would see no tenant rows: it serves only the untenanted Identity tables. It tracks the users it loads, so
        // code that re-reads a user over time (circuit revalidation) uses a fresh scope per check.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext());
        services.AddSingleton<IWorkerLeases>(sp => ConsoleDatabase.ProviderFrom(configuration) == DatabaseProvider.Postgres
            ? new PostgresAdvisoryLeases(configuration.GetConnectionString("Console")!, sp.GetRequiredService<ILogger<PostgresAdvisoryLeases>>())
            : new SingleInstanceLeases());
        // One key ring in the database and one application name: a cookie or antiforgery token made by one instance
        // is valid on every other (and survives restarts and redeployments).
        services.AddDataProtection().SetApplicationName("PartnerConsole").PersistKeysToDbContext<ConsoleDbContext>();
        services.AddHealthChecks().AddDbContextCheck<ConsoleDbContext>("database");
        services.AddConsoleStorageHealth(configuration);
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<DemoSeedRunner>();
        services.AddLiveUpdates(configuration);
        // One clock for every feature; tests replace it to move time (expiry, eligibility).
        services.TryAddSingleton(TimeProvider.System);

        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<ConsoleDb>();
        services.AddScoped<FileDownloader>();
        services.AddScoped<AuditService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitLogContextHandler>());

        AddIdentity(services, configuration);
        services.AddConsoleRateLimits(configuration);
        AddMail(services, configuration, contentRoot);

        services.AddScoped<IDemoSeeder, FoundationSeeder>();
        return services;
    }

    private static void AddMail(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<MailSettings>(configuration.GetSection("Mail"));
        services.PostConfigure<MailSettings>(m => m.PickupDirectory = Path.Combine(contentRoot, m.PickupDirectory));
        services.AddSingleton<MailOutboxSignal>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<MailOutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<MailOutboxSender>());
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
            cookies.ApplicationCookie!.Configure(o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/";
                o.Cookie.Name = "PartnerConsole.Auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
            }));
        services.AddAuthorization();
        services.AddIdentityCore<ConsoleUser>(o =>
            {
                // With sign-in posts limited per client address (RateLimits:SignInAttemptsPerWindow), ten failures in
                // a row lock an account for five minutes: distributed guessing gets ~10 tries per 5 minutes, and a
                // stranger can make the owner wait minutes, not a quarter of an hour each time (README: Sign-in).
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                ConsoleDbContext.ConfigureIdentityStores(o.Stores);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ConsoleDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ConsoleClaimsFactory>()
            .AddDefaultTokenProviders();
        // OWASP (2023) asks for >= 210,000 PBKDF2-HMAC-SHA512 iterations; the framework default is 100,000.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.AddScoped<SignInService>();
        services.AddSingleton<UnknownUserHash>();
        services.AddConsoleSessionSecurity(configuration);
    }
}
