using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

public sealed class ShellPageObject(IPage page)
{
    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
    public ILocator NavLink(string name) => Navigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
    public ILocator Role => page.GetByTestId("user-role");
    public ILocator SignOut => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });

    public async Task<IReadOnlyList<string>> NavLinkNamesAsync() =>
        (await Navigation.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
}
