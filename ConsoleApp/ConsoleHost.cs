using ConsoleApp.Composition;

namespace ConsoleApp;

/// <summary>Builds the console's web application. Program.cs runs it; the browser tests start the same thing
/// on 127.0.0.1 with a temporary database.</summary>
public static class ConsoleHost
{
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ConsoleHost).Assembly.GetName().Name,
        });
        // Serve MudBlazor's and the feature library's files from their packages in every environment
        // (a published app has the files themselves; then this is a no-op).
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);
        builder.AddPartnerConsole();

        var app = builder.Build();
        await app.UsePartnerConsoleAsync<App>();
        return app;
    }
}
