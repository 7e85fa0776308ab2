using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Accounts;

/// <summary>The Account Information page (/accounts/{id} and /account).</summary>
public sealed class AccountPageObject(IPage page)
{
    public IPage Page => page;
    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });
    public ILocator Switch(string name) => page.GetByRole(AriaRole.Switch, new() { Name = name, Exact = true });
    public ILocator City => page.GetByTestId("info-city");
    public ILocator PostalCode => page.GetByTestId("info-postal");
    public ILocator EditButton => page.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true });
    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });
    public ILocator Alerts => page.GetByRole(AriaRole.Alert);
    public ILocator DeleteButton => page.GetByRole(AriaRole.Button, new() { Name = "Delete account" });
    public ILocator DeleteDialog => page.GetByRole(AriaRole.Dialog, new() { Name = "Delete account" });
    public ILocator ConfirmNameInput => DeleteDialog.GetByRole(AriaRole.Textbox);
    public ILocator DeletePermanently => DeleteDialog.GetByRole(AriaRole.Button, new() { Name = "Delete permanently" });

    /// <summary>MudBlazor lays the switch's transparent input over its track; clicking it flips the switch.</summary>
    public async Task FlipAsync(string name) => await Switch(name).ClickAsync(new() { Force = true });

    /// <summary>A marker that survives only as long as the document does, to prove an update came without reload.</summary>
    public async Task MarkDocumentAsync() => await page.EvaluateAsync("() => window.__noReload = 'still-here'");

    public async Task<bool> SameDocumentAsync() => await page.EvaluateAsync<string?>("() => window.__noReload ?? null") == "still-here";
}
