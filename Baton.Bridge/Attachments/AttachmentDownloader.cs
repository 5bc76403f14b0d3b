using System.Text;
using System.Text.Json.Nodes;
using Baton.Contracts;
using Baton.Contracts.Runs;

namespace Baton.Bridge.Attachments;

/// <summary>
/// Turns a run's prompt and attachments into the CLI's message content. Attachments are
/// downloaded from the API with the bridge token; images go to the model as image blocks,
/// other files are saved in the project and named in the text so the CLI can read them.
/// </summary>
public sealed class AttachmentDownloader(HttpClient http)
{
    /// <summary>Where other files are saved, relative to the project's root.</summary>
    public const string UploadFolder = ".baton/uploads";

    private static readonly HashSet<string> ImageTypes = new(StringComparer.OrdinalIgnoreCase) { "image/png", "image/jpeg", "image/gif", "image/webp" };

    /// <summary>The prompt alone as a string, or content blocks when there are attachments.</summary>
    public async Task<JsonNode> BuildContentAsync(ExecuteRunRequest request, string rootDirectory, CancellationToken cancellationToken)
    {
        if (request.Attachments.Count == 0)
        {
            return JsonValue.Create(request.Prompt);
        }

        var blocks = new JsonArray();
        var savedFiles = new List<string>();
        foreach (var attachment in request.Attachments)
        {
            var bytes = await DownloadAsync(attachment, cancellationToken);
            if (ImageTypes.Contains(attachment.MediaType))
            {
                blocks.Add(new JsonObject
                {
                    ["type"] = "image",
                    ["source"] = new JsonObject { ["type"] = "base64", ["media_type"] = attachment.MediaType.ToLowerInvariant(), ["data"] = Convert.ToBase64String(bytes) },
                });
                continue;
            }

            var relativePath = $"{UploadFolder}/{attachment.Id:N}/{SafeFileName(attachment.Name)}";
            var path = Path.Combine(rootDirectory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await KeepOutOfGitAsync(rootDirectory, cancellationToken);
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
            savedFiles.Add(relativePath);
        }

        var text = new StringBuilder(request.Prompt);
        if (savedFiles.Count > 0)
        {
            text.Append("\n\nAttached files (saved in the project folder):");
            foreach (var file in savedFiles)
            {
                text.Append("\n- ").Append(file);
            }
        }

        blocks.Add(new JsonObject { ["type"] = "text", ["text"] = text.ToString() });
        return blocks;
    }

    private async Task<byte[]> DownloadAsync(RunAttachment attachment, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/bridge/uploads/{attachment.Id}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > BatonDefaults.MaxUploadBytes)
        {
            throw new InvalidDataException($"Attachment '{attachment.Name}' is larger than {BatonDefaults.MaxUploadBytes} bytes.");
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>Uploads are Baton's, not the project's: a <c>.gitignore</c> keeps them out of the project's history.</summary>
    private static async Task KeepOutOfGitAsync(string rootDirectory, CancellationToken cancellationToken)
    {
        var ignoreFile = Path.Combine(rootDirectory, ".baton", ".gitignore");
        if (!File.Exists(ignoreFile))
        {
            await File.WriteAllTextAsync(ignoreFile, "*\n", cancellationToken);
        }
    }

    /// <summary>The name's last part with characters no file system takes replaced, so a name cannot lead elsewhere.</summary>
    private static string SafeFileName(string name)
    {
        var fileName = Path.GetFileName(name.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. fileName.Select(character => invalid.Contains(character) ? '_' : character)]).Trim();
        return safe is "" or "." or ".." ? "attachment" : safe;
    }
}
