using Microsoft.Data.Sqlite;

namespace ConsoleApp.Components.Platform.Security;

/// <summary>The database holds password hashes and API key hashes: only the service user may read its files.</summary>
public static class FilePermissions
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void RestrictDatabaseFiles(string connectionString)
    {
        if (OperatingSystem.IsWindows()) return;
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:") return;
        foreach (var path in new[] { source, source + "-wal", source + "-shm" })
            if (File.Exists(path)) File.SetUnixFileMode(path, OwnerOnly);
    }
}
