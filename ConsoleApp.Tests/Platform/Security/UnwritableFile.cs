using System.Diagnostics;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>Makes a file unwritable until disposed: read-only permissions, or for root (whom permissions do not
/// stop) the immutable attribute.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnwritableFile : IDisposable
{
    private readonly string _path;
    private readonly UnixFileMode _mode;

    public UnwritableFile(string path)
    {
        _path = path;
        _mode = File.GetUnixFileMode(path);
        if (Environment.IsPrivilegedProcess) Run("chattr", "+i", path);
        else File.SetUnixFileMode(path, UnixFileMode.UserRead);
    }

    public void Dispose()
    {
        if (Environment.IsPrivilegedProcess) Run("chattr", "-i", _path);
        else File.SetUnixFileMode(_path, _mode);
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }
}
