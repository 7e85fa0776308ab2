namespace ConsoleApp.Components.Platform.Errors;

/// <summary>What kind of refusal a <see cref="ConsoleException"/> is; pages may style them differently.</summary>
public enum ConsoleErrorKind { Validation, NotFound, Conflict, AccessDenied }

/// <summary>
/// The one exception type users see: its message is written for them and safe to show (no ids of other tenants,
/// no internals), and nothing of the failed request was written. Pages catch this type and show
/// <see cref="Exception.Message"/> through <see cref="ConsoleErrors.UserMessage"/>; every other exception is a
/// fault, logged and shown as a generic error.
/// </summary>
public class ConsoleException(ConsoleErrorKind kind, string message) : Exception(message)
{
    public ConsoleErrorKind Kind { get; } = kind;
}

/// <summary>The current user's role does not allow the operation. Pages show the message; the service logs it.</summary>
public sealed class AccessDeniedException(string message) : ConsoleException(ConsoleErrorKind.AccessDenied, message);

/// <summary>The entity does not exist for this user. Deliberately the same answer whether it does not exist
/// at all or belongs to another tenant, so ids of other tenants cannot be probed.</summary>
public sealed class NotFoundException(string message) : ConsoleException(ConsoleErrorKind.NotFound, message);

/// <summary>A request the user can fix: the message says what is wrong. Nothing was written.</summary>
public sealed class ValidationFailedException(string message, IReadOnlyDictionary<string, string>? fieldErrors = null)
    : ConsoleException(ConsoleErrorKind.Validation, message)
{
    public IReadOnlyDictionary<string, string> FieldErrors { get; } = fieldErrors ?? new Dictionary<string, string>();
}

/// <summary>Another user changed the same data first, or the data's state no longer allows the change; nothing
/// of this request was written.</summary>
public class ConcurrencyConflictException(string message) : ConsoleException(ConsoleErrorKind.Conflict, message);
