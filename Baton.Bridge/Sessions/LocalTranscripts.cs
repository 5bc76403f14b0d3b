using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Bridge.Files;
using Baton.Bridge.Workspace;
using Baton.Contracts;
using Baton.Contracts.Errors;
using Baton.Contracts.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Bridge.Sessions;

/// <summary>
/// Answers <c>sessions:list</c> and <c>sessions:read</c>: the Claude Code transcripts in the configuration
/// folder the bridge runs the CLI with, and only those whose records name the project's folder as their
/// working directory. A transcript folder's name cannot be turned back into a path: it only narrows the
/// folders looked into (<see cref="TranscriptFolderName"/>), and each transcript is matched on the <c>cwd</c>
/// recorded inside it. No path from the caller is opened: a session is a
/// file name found by listing, and the root must lie in a workspace root. Failures are coded
/// <see cref="HubException"/>s; the work runs off the connection's handler, within a time bound.
/// </summary>
public sealed class LocalTranscripts(WorkspaceRoots roots, CliConfigFolder configFolder)
{
    private const string TranscriptExtension = ".jsonl";

    /// <summary>What a record of the <c>parentUuid</c> chain keeps when it is not part of the conversation.</summary>
    private static readonly string[] ChainFields = ["type", "uuid", "parentUuid", "isSidechain", "entrypoint"];

    public Task<LocalSessionListing> ListAsync(ListLocalSessionsRequest request) => RunBoundedAsync(() => List(request));

    public Task<TranscriptPage> ReadAsync(ReadTranscriptRequest request) => RunBoundedAsync(() => Read(request));

    private static async Task<T> RunBoundedAsync<T>(Func<T> work)
    {
        try
        {
            return await Task.Run(work).WaitAsync(WorkspaceFiles.MaxFileWork);
        }
        catch (TimeoutException)
        {
            throw HubErrors.Create(ErrorCodes.BridgeTimeout, $"Reading the Claude Code sessions took longer than {WorkspaceFiles.MaxFileWork.TotalSeconds:0} seconds.");
        }
    }

    private LocalSessionListing List(ListLocalSessionsRequest request)
    {
        var root = ResolveRoot(request.RootDirectory);
        var sessions = Transcripts(root)
            .OrderByDescending(file => file.LastWriteTimeUtc)
            .Take(BatonDefaults.MaxLocalSessions + 1)
            .Select(file => (File: file, LastWords: TranscriptFile.LastWords(file.FullName)))
            .Select(found => new LocalSession(
                Path.GetFileNameWithoutExtension(found.File.Name),
                TranscriptFile.StartedAt(found.File.FullName),
                found.File.LastWriteTimeUtc,
                found.LastWords.Prompt,
                found.LastWords.Message,
                found.File.Length))
            .ToList();
        var truncated = sessions.Count > BatonDefaults.MaxLocalSessions;
        return new LocalSessionListing(truncated ? sessions[..BatonDefaults.MaxLocalSessions] : sessions, truncated);
    }

    private TranscriptPage Read(ReadTranscriptRequest request)
    {
        var root = ResolveRoot(request.RootDirectory);
        if (!Guid.TryParse(request.SessionId, out _))
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, "A session id is a GUID.");
        }

        if (request.FromOffset < 0)
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, "A transcript is read from an offset of 0 or more.");
        }

        var file = Transcripts(root).FirstOrDefault(candidate =>
                string.Equals(Path.GetFileNameWithoutExtension(candidate.Name), request.SessionId, StringComparison.OrdinalIgnoreCase))
            ?? throw HubErrors.Create(ErrorCodes.NotFound, $"There is no Claude Code session {request.SessionId} in this project's folder.");

        using var stream = TranscriptFile.Open(file.FullName);
        if (request.FromOffset > stream.Length)
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, "The transcript is shorter than that offset: it was replaced.");
        }

        stream.Position = request.FromOffset;
        var buffer = new byte[Math.Min(stream.Length - request.FromOffset, BatonDefaults.MaxTranscriptPageBytes + (long)BatonDefaults.MaxCliLineBytes)];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);

        var records = new List<JsonElement>();
        var consumed = 0;
        var bytes = buffer.AsSpan(0, length);
        while (consumed < BatonDefaults.MaxTranscriptPageBytes && bytes[consumed..].IndexOf((byte)'\n') is var end and >= 0)
        {
            if (records.Count > 0 && consumed + end > BatonDefaults.MaxTranscriptPageBytes)
            {
                break;
            }

            if (Reduce(Encoding.UTF8.GetString(bytes.Slice(consumed, end)), end) is { } record)
            {
                records.Add(record);
            }

            consumed += end + 1;
        }

        if (consumed == 0 && length == buffer.Length && length > BatonDefaults.MaxCliLineBytes)
        {
            // One record larger than any page: passed over, so the transcript's later records still come.
            var skip = bytes.IndexOf((byte)'\n');
            consumed = skip >= 0 ? skip + 1 : 0;
        }

        var nextOffset = request.FromOffset + consumed;
        return new TranscriptPage(records, nextOffset, nextOffset >= stream.Length || consumed == 0);
    }

    /// <summary>A conversation record whole (its chain fields alone when it is too large), any other chain record reduced, the rest left out.</summary>
    private static JsonElement? Reduce(string line, int size)
    {
        if (TranscriptFile.Parse(line) is not { } record || record["uuid"] is null)
        {
            return null;
        }

        if (TranscriptFile.IsConversation(record) && size <= BatonDefaults.MaxCliLineBytes)
        {
            return JsonSerializer.SerializeToElement(record);
        }

        var chain = new JsonObject();
        foreach (var field in ChainFields)
        {
            if (record[field] is { } value)
            {
                chain[field] = value.DeepClone();
            }
        }

        return JsonSerializer.SerializeToElement(chain);
    }

    /// <summary>Transcripts of sessions run in <paramref name="root"/>, subagents' transcripts (in a session's own folder) not among them.</summary>
    private IEnumerable<FileInfo> Transcripts(string root)
    {
        var projects = new DirectoryInfo(configFolder.ProjectsPath);
        if (!projects.Exists)
        {
            return [];
        }

        var folderName = TranscriptFolderName.For(root);
        try
        {
            return projects.EnumerateDirectories()
                .Where(folder => folder.LinkTarget is null && folderName.Matches(folder.Name))
                .SelectMany(folder => folder.EnumerateFiles("*" + TranscriptExtension))
                .Where(file => Guid.TryParse(Path.GetFileNameWithoutExtension(file.Name), out _) && RegularFile.Is(file.FullName))
                .Where(file => RecordsRoot(file, root))
                .ToList();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, $"The Claude Code sessions could not be read: {exception.Message}");
        }
    }

    private static bool RecordsRoot(FileInfo file, string root)
    {
        try
        {
            return TranscriptFile.WorkingDirectory(file.FullName) is { } cwd && Path.IsPathRooted(cwd) && RealPath.Resolve(cwd) == root;
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            // A transcript the bridge may not read, or one whose folder has a loop of links, is not this project's.
            return false;
        }
    }

    private string ResolveRoot(string rootDirectory) =>
        roots.Resolve(rootDirectory) is { } root && Directory.Exists(root)
            ? root
            : throw HubErrors.Create(ErrorCodes.OutsideRoot, "The project's folder is not inside a workspace root of this bridge.");
}
