using Microsoft.AspNetCore.Identity;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>
/// A password hash of no user, made once with the console's own hasher settings. Sign-in verifies it when the
/// e-mail is unknown (or the account is locked, where Identity skips the hash), so every answer costs one hash
/// verification and the response time does not tell which e-mail addresses have accounts.
/// </summary>
public sealed class UnknownUserHash
{
    private static readonly ConsoleUser Nobody = new();
    private readonly Lock _gate = new();
    private string? _hash;

    public void Verify(IPasswordHasher<ConsoleUser> hasher, string password)
    {
        string hash;
        lock (_gate) hash = _hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
