using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

public sealed class LoginPageObject(IPage page)
{
    public ILocator Email => page.GetByLabel("E-mail");
    public ILocator Password => page.GetByLabel("Password");
    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }
}
