using ConsoleApp.Components.Platform.Live;
using System.Text.Json;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Platform.Audit;

/// <summary>Adds audit entries to a context so they commit (or roll back) with the change they describe.</summary>
public static class AuditLog
{
    public static readonly LiveTopic Topic = new("audit");

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <param name="partnerId">The partner whose admins may read the entry; defaults to the user's partner.</param>
    public static AuditEntry Record(ConsoleDbContext db, UserContext user, string entity, object entityId, string action,
        object? oldValues = null, object? newValues = null, int? partnerId = null)
    {
        var entry = new AuditEntry
        {
            UserId = user.UserId,
            UserEmail = user.Email,
            Role = user.Role,
            TenantKey = user.TenantKey,
            PartnerId = partnerId ?? user.PartnerId,
            Entity = entity,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Action = action,
            OldValues = oldValues is null ? null : JsonSerializer.Serialize(oldValues, Json),
            NewValues = newValues is null ? null : JsonSerializer.Serialize(newValues, Json),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
