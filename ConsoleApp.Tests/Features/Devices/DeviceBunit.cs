using AngleSharp.Dom;

namespace ConsoleApp.Tests.Features.Devices;

/// <summary>Working MudBlazor's pickers in component tests, as a user would: open, then choose from the pop-up.</summary>
internal static class DeviceBunit
{
    /// <summary>Opens the MudSelect marked <paramref name="testId"/> and clicks its option <paramref name="option"/>.</summary>
    public static void Pick<T>(IRenderedComponent<T> component, IRenderedComponent<MudProviders> providers, string testId, string option)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var marked = component.Find($"[data-testid='{testId}']");
        var control = marked.Closest(".mud-input-control") ?? marked.QuerySelector(".mud-input-control") ?? marked;
        // MudSelect opens on the mouse going down, as in a browser.
        control.MouseDown();
        providers.WaitForAssertion(() => Assert.Contains(Options(providers), i => i.TextContent.Trim() == option));
        Options(providers).First(i => i.TextContent.Trim() == option).Click();
    }

    /// <summary>The options of the open pop-up.</summary>
    public static IReadOnlyList<IElement> Options(IRenderedComponent<MudProviders> providers) =>
        providers.FindAll(".mud-popover-open .mud-list-item");

    /// <summary>The value shown in the MudSelect marked <paramref name="testId"/>.</summary>
    public static string Shown<T>(IRenderedComponent<T> component, string testId) where T : Microsoft.AspNetCore.Components.IComponent
    {
        var marked = component.FindAll($"[data-testid='{testId}']");
        var input = marked.FirstOrDefault(m => m.TagName == "INPUT")
            ?? marked.Select(m => m.QuerySelector("input") ?? m.Closest(".mud-input-control")?.QuerySelector("input")).First(i => i is not null)!;
        return input.GetAttribute("value") ?? "";
    }

    public static IElement Button<T>(IRenderedComponent<T> component, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        component.FindAll("button").Single(b => b.TextContent.Trim() == text);
}
