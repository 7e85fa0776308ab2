namespace ConsoleApp.Components.Ui;

/// <summary>
/// What a status means to the user, whatever the area calls it. Every area maps its own status words to one of
/// these, so a colour means the same thing on every page.
/// </summary>
public enum StatusTone
{
    /// <summary>Someone has to do something (an order to assign, an approval to give).</summary>
    NeedsAction,
    /// <summary>Under way; nothing to do but wait (pending activation, provisioning).</summary>
    InProgress,
    /// <summary>Finished and fine (active, delivered).</summary>
    Done,
    /// <summary>Went wrong or ran out (expired, rejected, failed).</summary>
    Failed,
    /// <summary>Switched off or no longer relevant (deactivated, cancelled).</summary>
    Inactive,
}
