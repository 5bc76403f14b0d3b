using Baton.Api.Data.Entities;

namespace Baton.Api.Uploads;

/// <summary>
/// Reduces a client-supplied file name to a plain name: the last path segment, without control or
/// path characters, so the bridge can save it under the project without leaving it.
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
        var cleaned = new string([.. lastSegment.Select(c => char.IsControl(c) || Forbidden.Contains(c) ? '_' : c)]).Trim();
        if (cleaned.Length > Upload.FileNameMaxLength)
        {
            // Shorten the stem and keep a sensible extension, which tells the type.
            var extension = Path.GetExtension(cleaned);
            extension = extension.Length <= MaxKeptExtensionLength ? extension : "";
            cleaned = cleaned[..(Upload.FileNameMaxLength - extension.Length)] + extension;
        }

        return cleaned is "" or "." or ".." ? null : cleaned;
    }
}
