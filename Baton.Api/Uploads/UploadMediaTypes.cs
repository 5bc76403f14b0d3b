using Microsoft.Net.Http.Headers;

namespace Baton.Api.Uploads;

/// <summary>What Claude Code can take as an attachment: images it can see, and text-like documents.</summary>
public static class UploadMediaTypes
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "application/json",
        "application/pdf",
    };

    /// <summary>The media type without parameters, lower-cased, when it is one Baton accepts; otherwise null.</summary>
    public static string? Normalize(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value is not { } mediaType)
        {
            return null;
        }

        mediaType = mediaType.ToLowerInvariant();
        return Allowed.Contains(mediaType) || mediaType.StartsWith("text/", StringComparison.Ordinal) ? mediaType : null;
    }
}
