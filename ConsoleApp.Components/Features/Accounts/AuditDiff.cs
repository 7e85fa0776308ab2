namespace ConsoleApp.Components.Features.Accounts;

/// <summary>The changed properties of two snapshots of the same record type, for audit entries that show
/// exactly what changed instead of two full copies.</summary>
internal static class AuditDiff
{
    public static (Dictionary<string, object?> Old, Dictionary<string, object?> New) Of<T>(T before, T after) where T : notnull
    {
        var old = new Dictionary<string, object?>();
        var @new = new Dictionary<string, object?>();
        foreach (var p in typeof(T).GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            var (a, b) = (p.GetValue(before), p.GetValue(after));
            if (Equals(a, b)) continue;
            old[p.Name] = a;
            @new[p.Name] = b;
        }
        return (old, @new);
    }
}
