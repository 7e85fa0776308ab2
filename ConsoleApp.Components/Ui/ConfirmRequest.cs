using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ConsoleApp.Components.Ui;

/// <summary>What to ask. <see cref="Action"/> (given the typed text) runs inside the dialog, so a refusal is shown
/// there and the user can correct it; without one the dialog only answers yes or no.</summary>
public sealed record ConfirmRequest(
    string Title,
    string Message,
    string ConfirmText,
    bool Destructive = false,
    string? TypedConfirmation = null,
    Func<string, Task>? Action = null,
    RenderFragment? Details = null);

public static class ConfirmDialogExtensions
{
    /// <summary>Shows the confirm dialog; true when the user confirmed (and the action, if any, succeeded).</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, ConfirmRequest request)
    {
        var parameters = new DialogParameters<ConfirmDialog> { { d => d.Request, request } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(request.Title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
