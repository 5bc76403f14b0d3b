namespace Baton.Tests.Infrastructure;

/// <summary>
/// Fresh folders for one test run. They sit below /var/tmp, not the checkout: when the tests run
/// as root, PostgreSQL runs as the postgres user, which must be able to enter every parent folder.
/// </summary>
public static class TestFolders
{
    private static readonly string Root = Path.Combine(Directory.Exists("/var/tmp") ? "/var/tmp" : Path.GetTempPath(), "baton-tests");

    public static string CreateShared(string purpose)
    {
        var folder = Path.Combine(Root, $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        return folder;
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still shutting down may hold a file for a moment; the next run uses a new folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
