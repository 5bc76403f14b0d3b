namespace Baton.Bridge.Workspace;

/// <summary>
/// Resolves a path like POSIX <c>realpath</c>: every symbolic link followed, <c>.</c> and <c>..</c>
/// applied after the links they follow (never lexically, which a link could fool). Components
/// that do not exist yet are kept as written, so a folder about to be created resolves too.
/// </summary>
public static class RealPath
{
    private const int MaxLinkHops = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <exception cref="IOException">The path has a loop of links.</exception>
    public static string Resolve(string path)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var current = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>(Components(absolute[current.Length..]).Reverse());
        var hops = 0;
        while (pending.TryPop(out var component))
        {
            if (component is ".")
            {
                continue;
            }

            if (component is "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Combine(current, component);
            if (new FileInfo(candidate).LinkTarget is not { } target)
            {
                current = candidate;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                throw new IOException($"Too many levels of symbolic links in '{path}'.");
            }

            // The target's own components are walked like the rest, so links inside it resolve too.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var targetComponent in Components(target).Reverse())
            {
                pending.Push(targetComponent);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or below it; both must be resolved already.</summary>
    public static bool IsInside(string path, string root)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var trimmedRoot = Path.TrimEndingDirectorySeparator(root);
        return path.Equals(trimmedRoot, comparison)
            || (path.StartsWith(trimmedRoot, comparison) && path.Length > trimmedRoot.Length && Separators.Contains(path[trimmedRoot.Length]))
            || (trimmedRoot.Length > 0 && Separators.Contains(trimmedRoot[^1]) && path.StartsWith(trimmedRoot, comparison));
    }

    private static IEnumerable<string> Components(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
