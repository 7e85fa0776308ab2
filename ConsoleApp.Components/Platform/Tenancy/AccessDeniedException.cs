namespace ConsoleApp.Components.Platform.Tenancy;

/// <summary>The current user's role does not allow the operation. Pages show the message; the service logs it.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>The entity does not exist for this user. Deliberately the same answer whether it does not exist
/// at all or belongs to another tenant, so ids of other tenants cannot be probed.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>A request the user can fix: the message says what is wrong. Nothing was written.</summary>
public sealed class ValidationFailedException(string message, IReadOnlyDictionary<string, string>? fieldErrors = null) : Exception(message)
{
    public IReadOnlyDictionary<string, string> FieldErrors { get; } = fieldErrors ?? new Dictionary<string, string>();
}

/// <summary>Another user changed the same data first; nothing of this request was written.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
