using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>
/// Opens a short-lived context already scoped to the current user's tenant: the one way services reach the
/// database, so no query can forget its tenant filter. (A scoped DbContext would live as long as a circuit.)
/// </summary>
public sealed class ConsoleDb(IDbContextFactory<ConsoleDbContext> factory, ICurrentUser currentUser)
{
    public Task<UserContext> UserAsync() => currentUser.GetAsync();

    /// <summary>A context scoped to <paramref name="user"/>; pair with <see cref="UserAsync"/> when the service
    /// needs the user for its own checks too.</summary>
    public async Task<ConsoleDbContext> OpenAsync(UserContext user, CancellationToken ct = default)
    {
        var db = await factory.CreateDbContextAsync(ct);
        return db.ScopeTo(user);
    }

    public async Task<ConsoleDbContext> OpenAsync(CancellationToken ct = default) =>
        await OpenAsync(await currentUser.GetAsync(), ct);
}
