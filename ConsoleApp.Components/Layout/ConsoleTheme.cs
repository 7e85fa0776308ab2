using MudBlazor;

namespace ConsoleApp.Components.Layout;

/// <summary>
/// The console's one theme: the brand navy as primary, and status colours dark enough for white text to pass
/// WCAG AA (4.5:1) in both palettes. Components take colours from here, never from literals.
/// </summary>
public static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#14305a",
            Secondary = "#0d47a1",
            AppbarBackground = "#14305a",
            AppbarText = "#ffffff",
            Background = "#f5f6f8",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1d2530",
            TextPrimary = "#1d2530",
            TextSecondary = "#4a5563",
            Success = "#1b5e20",
            Warning = "#8a4b00",
            Error = "#b3261e",
            Info = "#0d47a1",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#90b4f0",
            Secondary = "#9ec2ff",
            AppbarBackground = "#0e1b2e",
            AppbarText = "#ffffff",
            Background = "#12161c",
            Surface = "#1c222b",
            DrawerBackground = "#161b22",
            TextPrimary = "#e6e9ee",
            TextSecondary = "#b7bfcb",
            Success = "#81c784",
            Warning = "#ffb74d",
            Error = "#ff8a80",
            Info = "#90caf9",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"] },
            H1 = new H1Typography { FontSize = "1.6rem", FontWeight = "600", LineHeight = "1.3" },
            H2 = new H2Typography { FontSize = "1.2rem", FontWeight = "600", LineHeight = "1.4" },
            H3 = new H3Typography { FontSize = "1rem", FontWeight = "600", LineHeight = "1.4" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "240px" },
    };
}
