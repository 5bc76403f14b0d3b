namespace Baton.AppHost.Infrastructure;

/// <summary>Finds the server binaries that local mode runs, and says which package brings a missing one.</summary>
public static class LocalExecutable
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Looks on PATH, then in the given extra folders (newest first, e.g. <c>/usr/lib/postgresql/*/bin</c>).</summary>
    public static string? Find(string name, params string[] extraFolderPatterns)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name));
        var extra = extraFolderPatterns.SelectMany(ExpandPattern).Select(folder => Path.Combine(folder, name));
        return onPath.Concat(extra).FirstOrDefault(File.Exists);
    }

    public static string Require(string name, string package, params string[] extraFolderPatterns) =>
        Find(name, extraFolderPatterns)
        ?? throw new InvalidOperationException(
            $"'{name}' was not found on PATH{(extraFolderPatterns.Length > 0 ? " or in " + string.Join(", ", extraFolderPatterns) : "")}. " +
            $"Install it with: sudo apt-get install -y {package} (or set {InfrastructureModeResolver.SettingKey}=containers with a container engine running).");

    // Supports one '*' in the parent folder name, enough for /usr/lib/postgresql/*/bin.
    private static IEnumerable<string> ExpandPattern(string pattern)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return [pattern];
        }

        var parent = Path.GetDirectoryName(pattern[..(star + 1)])!;
        var suffix = pattern[(pattern.IndexOf(Path.DirectorySeparatorChar, star) is var slash and >= 0 ? slash + 1 : pattern.Length)..];
        return Directory.Exists(parent)
            ? Directory.GetDirectories(parent).OrderByDescending(MajorVersionOf).Select(folder => Path.Combine(folder, suffix))
            : [];
    }

    private static int MajorVersionOf(string folder) =>
        int.TryParse(Path.GetFileName(folder).Split('.')[0], out var major) ? major : 0;
}
