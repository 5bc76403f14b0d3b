using System.Text.RegularExpressions;
using Baton.Contracts.Workspace;

namespace Baton.Bridge.Git;

/// <summary>
/// Reads <c>git diff</c>'s output (default <c>a/</c> and <c>b/</c> prefixes) into each file's hunks.
/// A file's path is taken from the lines that hold nothing else (<c>rename to</c>, <c>+++</c>,
/// <c>---</c>) and from the <c>diff --git</c> header only when those are absent, as for a binary file.
/// </summary>
internal static partial class UnifiedDiff
{
    public static IReadOnlyList<FileDiff> Parse(string text)
    {
        var files = new List<FileDiff>();
        FileBuilder? file = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                AddTo(files, file);
                file = new FileBuilder(HeaderPath(line["diff --git ".Length..]));
            }
            else if (file is null)
            {
                continue;
            }
            else if (file.Hunks.Count == 0)
            {
                ReadHeaderLine(file, line);
            }
            else if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                StartHunk(file, line);
            }
            else if (line.Length > 0 && line[0] is ' ' or '+' or '-')
            {
                file.Hunks[^1].Lines.Add(line);
            }
        }

        AddTo(files, file);
        return files;
    }

    private static void ReadHeaderLine(FileBuilder file, string line)
    {
        if (line.StartsWith("@@", StringComparison.Ordinal))
        {
            StartHunk(file, line);
        }
        else if (line.StartsWith("rename to ", StringComparison.Ordinal))
        {
            file.Path = GitPath.Unquote(line["rename to ".Length..]);
        }
        else if (line.StartsWith("+++ ", StringComparison.Ordinal) && WithoutPrefix(line[4..]) is { } newPath)
        {
            file.Path = newPath;
        }
        else if (line.StartsWith("--- ", StringComparison.Ordinal) && file.Path is null && WithoutPrefix(line[4..]) is { } oldPath)
        {
            file.Path = oldPath;
        }
        else if (line.StartsWith("Binary files ", StringComparison.Ordinal))
        {
            file.Binary = true;
        }
    }

    private static void StartHunk(FileBuilder file, string line)
    {
        var header = HunkHeader().Match(line);
        if (header.Success)
        {
            file.Hunks.Add(new HunkBuilder(int.Parse(header.Groups["old"].Value), int.Parse(header.Groups["new"].Value)));
        }
    }

    private static void AddTo(List<FileDiff> files, FileBuilder? file)
    {
        if (file?.Path is { } path)
        {
            files.Add(new FileDiff(path, file.Binary, [.. file.Hunks.Select(hunk => new DiffHunk(hunk.OldStart, hunk.NewStart, hunk.Lines))]));
        }
    }

    /// <summary>The path of a <c>---</c> or <c>+++</c> line without its <c>a/</c> or <c>b/</c>; null for <c>/dev/null</c>.</summary>
    private static string? WithoutPrefix(string value)
    {
        var path = GitPath.Unquote(value);
        return path.StartsWith("a/", StringComparison.Ordinal) || path.StartsWith("b/", StringComparison.Ordinal) ? path[2..] : null;
    }

    /// <summary>
    /// The path in <c>a/PATH b/PATH</c>, which is the same on both sides unless the file was renamed
    /// (then <c>rename to</c> follows and wins): so the middle splits the two halves even when PATH has spaces.
    /// </summary>
    private static string? HeaderPath(string paths)
    {
        if (paths.StartsWith('"'))
        {
            var end = GitPath.QuotedLength(paths);
            return end > 0 ? WithoutPrefix(paths[..end]) : null;
        }

        var half = (paths.Length - 1) / 2;
        return paths.Length % 2 == 1 && paths.Length > 4 ? WithoutPrefix(paths[..half]) : null;
    }

    [GeneratedRegex(@"^@@ -(?<old>\d+)(?:,\d+)? \+(?<new>\d+)(?:,\d+)? @@")]
    private static partial Regex HunkHeader();

    private sealed class FileBuilder(string? path)
    {
        public string? Path { get; set; } = path;

        public bool Binary { get; set; }

        public List<HunkBuilder> Hunks { get; } = [];
    }

    private sealed record HunkBuilder(int OldStart, int NewStart)
    {
        public List<string> Lines { get; } = [];
    }
}
