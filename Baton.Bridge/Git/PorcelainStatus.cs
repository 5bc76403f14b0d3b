using Baton.Contracts.Workspace;

namespace Baton.Bridge.Git;

/// <summary>
/// Reads <c>git status --porcelain=v1 -z --branch</c>: a <c>## branch</c> entry, then entries of
/// two status letters (index, then folder), a space and a path, each ended by NUL; a rename or
/// copy is followed by the path it came from. Paths are relative to the repository's top.
/// </summary>
internal static class PorcelainStatus
{
    private static readonly HashSet<string> Unmerged = ["DD", "AU", "UD", "UA", "DU", "AA", "UU"];

    public static (string? Branch, IReadOnlyList<StatusEntry> Entries) Parse(string output)
    {
        string? branch = null;
        var entries = new List<StatusEntry>();
        var fields = output.Split('\0');
        for (var at = 0; at < fields.Length; at++)
        {
            var field = fields[at];
            if (field.StartsWith("## ", StringComparison.Ordinal))
            {
                branch = BranchName(field[3..]);
                continue;
            }

            if (field.Length < 4)
            {
                continue;
            }

            var letters = field[..2];
            var path = field[3..];
            var renamed = letters[0] is 'R' or 'C' || letters[1] is 'R' or 'C';
            var oldPath = renamed && at + 1 < fields.Length ? fields[++at] : null;
            entries.Add(new StatusEntry(path, letters[0] == 'C' ? null : oldPath, StatusOf(letters)));
        }

        return (branch, entries);
    }

    private static WorkspaceFileStatus StatusOf(string letters) => letters switch
    {
        "??" => WorkspaceFileStatus.Untracked,
        _ when Unmerged.Contains(letters) => WorkspaceFileStatus.Conflicted,
        _ when letters[0] is 'R' || letters[1] is 'R' => WorkspaceFileStatus.Renamed,
        _ when letters[0] is 'A' or 'C' => WorkspaceFileStatus.Added,
        _ when letters[0] is 'D' || letters[1] is 'D' => WorkspaceFileStatus.Deleted,
        _ => WorkspaceFileStatus.Modified,
    };

    /// <summary>
    /// The branch from <c>main...origin/main [ahead 1]</c>, <c>No commits yet on main</c> or
    /// <c>HEAD (no branch)</c> (detached: no branch).
    /// </summary>
    private static string? BranchName(string line)
    {
        const string unborn = "No commits yet on ";
        if (line.StartsWith(unborn, StringComparison.Ordinal))
        {
            return line[unborn.Length..];
        }

        if (line.StartsWith("HEAD (no branch)", StringComparison.Ordinal))
        {
            return null;
        }

        var end = line.IndexOf("...", StringComparison.Ordinal);
        return end >= 0 ? line[..end] : line.Split(' ')[0];
    }
}
