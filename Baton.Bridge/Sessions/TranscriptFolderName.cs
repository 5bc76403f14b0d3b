using System.Text.RegularExpressions;

namespace Baton.Bridge.Sessions;

/// <summary>
/// The name the CLI gives the folder of a working directory's transcripts (docs/claude-cli-facts.md): every
/// character but a letter or digit as <c>-</c>, and past 200 characters the first 200 and a hash. Many paths
/// share a name, so it only narrows where to look; the <c>cwd</c> inside a transcript decides.
/// </summary>
public sealed partial class TranscriptFolderName
{
    private const int MaxLength = 200;

    private readonly string _name;

    private TranscriptFolderName(string name) => _name = name;

    public static TranscriptFolderName For(string workingDirectory) => new(NotLetterOrDigit().Replace(workingDirectory, "-"));

    public bool Matches(string folderName) => _name.Length <= MaxLength
        ? folderName == _name
        : folderName.StartsWith(_name[..MaxLength] + "-", StringComparison.Ordinal);

    [GeneratedRegex("[^a-zA-Z0-9]")]
    private static partial Regex NotLetterOrDigit();
}
