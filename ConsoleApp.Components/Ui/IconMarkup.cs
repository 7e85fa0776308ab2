namespace ConsoleApp.Components.Ui;

/// <summary>MudIcon's markup (an SVG of a Material icon) for places that write MudBlazor's markup instead of holding a
/// component: the rows' check boxes and the app bar's buttons.</summary>
public static class IconMarkup
{
    /// <param name="icon">A MudBlazor icon (<c>Icons.Material.Filled.Menu</c>): the SVG's inner markup.</param>
    /// <param name="size">MudBlazor's size class suffix: <c>small</c>, <c>medium</c> or <c>large</c>.</param>
    public static string Svg(string icon, string size) =>
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{icon}</svg>";
}
