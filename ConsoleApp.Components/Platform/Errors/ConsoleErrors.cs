namespace ConsoleApp.Components.Platform.Errors;

/// <summary>The one way a page turns a failure into words: a <see cref="ConsoleException"/> shows its message;
/// anything else is not the user's to read (null: the page shows its generic error and the fault is logged).</summary>
public static class ConsoleErrors
{
    public static string? UserMessage(Exception ex) => ex is ConsoleException console ? console.Message : null;
}
