using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class AccountDeleteTests(ConsoleServer server)
{
    private const int AccountId = 31; // Foxglove Florists: no other test uses it
    private const string Name = "Foxglove Florists";

    [Fact]
    public async Task Delete_RequiresTypingTheName_ThenLeavesTheList()
    {
        var page = new AccountPageObject(await server.SignInAsync("partner.admin@demo.test", $"/accounts/{AccountId}"));
        await Assertions.Expect(page.Heading(Name)).ToBeVisibleAsync();

        await page.DeleteButton.ClickAsync();
        await Assertions.Expect(page.DeleteDialog).ToContainTextAsync("return to Unassigned");
        await Assertions.Expect(page.DeletePermanently).ToBeDisabledAsync();
        await page.ConfirmNameInput.FillAsync("Foxglove");
        await Assertions.Expect(page.DeletePermanently).ToBeDisabledAsync();
        await page.ConfirmNameInput.FillAsync(Name);
        await Assertions.Expect(page.DeletePermanently).ToBeEnabledAsync();
        await page.DeletePermanently.ClickAsync();

        await page.Page.WaitForURLAsync(url => url.EndsWith("/accounts", StringComparison.Ordinal));
        var grid = page.Page.GetByRole(AriaRole.Grid);
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "Acme Dental Group" })).ToBeVisibleAsync();
        await page.Page.GetByRole(AriaRole.Textbox, new() { Name = "Search accounts" }).FillAsync("Foxglove");
        await Assertions.Expect(grid).ToContainTextAsync("No accounts match your search.");

        await page.Page.GotoAsync($"/accounts/{AccountId}");
        await Assertions.Expect(page.Heading("Account not found")).ToBeVisibleAsync();
        await page.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditInfo_InvalidPostalCode_ShowsReasonThenSavesValidOne()
    {
        var page = new AccountPageObject(await server.SignInAsync("partner.staff@demo.test", "/accounts/30"));
        await Assertions.Expect(page.Heading("Elmstreet Law")).ToBeVisibleAsync();
        await page.EditButton.ClickAsync();
        await page.Field("Postal / ZIP code").FillAsync("ABC");
        await page.SaveButton.ClickAsync();
        await Assertions.Expect(page.Alerts.Filter(new() { HasText = "is not a valid postal code for" })).ToBeVisibleAsync();

        await page.Field("Postal / ZIP code").FillAsync("1017cd");
        await page.SaveButton.ClickAsync();
        await Assertions.Expect(page.PostalCode).ToHaveTextAsync("1017 CD");
        await page.Page.Context.CloseAsync();
    }
}
