using Baton.Api.Data.Entities;

namespace Baton.Api.Uploads;

/// <summary>
/// Reduces a client-supplied file name to a plain name: the last path segment, without control or
/// path characters, so the bridge can save it under the project without leaving it, and without
/// bidirectional controls, so it reads as it is: <c>photo\u202Egnp.exe</c> would show as <c>photoexe.png</c>.
/// </summary>
public static class UploadFileName
{
    private const int MaxKeptExtensionLength = 16;
    private static readonly char[] PathSeparators = ['/', '\\'];
    private static readonly HashSet<char> Forbidden = [.. Path.GetInvalidFileNameChars(), ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>The safe name, or null when nothing usable is left.</summary>
    public static string? Sanitize(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var lastSegment = fileName[(fileName.LastIndexOfAny(PathSeparators) + 1)..];
        var cleaned = new string([.. lastSegment.Where(c => !IsBidiControl(c)).Select(c => char.IsControl(c) || Forbidden.Contains(c) ? '_' : c)]).Trim();
        if (cleaned.Length > Upload.FileNameMaxLength)
        {
            // Shorten the stem and keep a sensible extension, which tells the type.
            var extension = Path.GetExtension(cleaned);
            extension = extension.Length <= MaxKeptExtensionLength ? extension : "";
            cleaned = cleaned[..(Upload.FileNameMaxLength - extension.Length)] + extension;
        }

        return cleaned is "" or "." or ".." ? null : cleaned;
    }

    /// <summary>The marks, embeddings, overrides and isolates that reorder how text is shown (Unicode's bidi controls).</summary>
    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
