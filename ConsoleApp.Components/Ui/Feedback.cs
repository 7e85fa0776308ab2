using ConsoleApp.Components.Platform.Errors;
using MudBlazor;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// The one way pages report results and failures: a snackbar. A failure the user can act on (refused, not found,
/// changed by someone else, invalid) is shown in its own words; anything else is not caught here and reaches the
/// error boundary, which logs it.
/// </summary>
public sealed class Feedback(ISnackbar snackbar)
{
    public void Success(string message) => snackbar.Add(message, Severity.Success);
    public void Warning(string message) => snackbar.Add(message, Severity.Warning);
    public void Failure(string message) => snackbar.Add(message, Severity.Error, o => o.RequireInteraction = true);

    /// <summary>The exceptions whose message is written for the user.</summary>
    public static bool IsUserFacing(Exception ex) => ex is ConsoleException;

    /// <summary>Runs <paramref name="action"/>; reports <paramref name="success"/> or the user-facing failure.
    /// Returns whether it succeeded.</summary>
    public async Task<bool> RunAsync(Func<Task> action, string? success = null)
    {
        try
        {
            await action();
            if (success is not null) Success(success);
            return true;
        }
        catch (Exception ex) when (IsUserFacing(ex))
        {
            Failure(ex.Message);
            return false;
        }
    }
}
