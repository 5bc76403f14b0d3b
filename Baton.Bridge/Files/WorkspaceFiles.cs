using System.Text;
using Baton.Bridge.Workspace;
using Baton.Contracts;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Bridge.Files;

/// <summary>
/// Answers <c>files:list</c> and <c>files:content</c> inside a project's root only. Paths are
/// resolved to real paths, links included, before anything is read; a failure is thrown as a
/// <see cref="HubException"/> carrying its error code, which the API sees. The work runs off the
/// connection's handler and within a time bound, so a slow disk never stalls the bridge's other calls.
/// </summary>
public sealed class WorkspaceFiles(WorkspaceRoots roots)
{
    /// <summary>Well inside the API's client-result timeout, so the browser hears this bridge's reason.</summary>
    public static readonly TimeSpan MaxFileWork = BatonDefaults.ClientResultTimeout / 2;

    /// <summary>Folders that are noise in a project's tree (tools' caches and build output); dot-folders too.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj" };

    public Task<FileListing> ListAsync(ListRootFilesRequest request) => RunBoundedAsync(() => List(request));

    public Task<FileContent> ReadAsync(ReadRootFileRequest request) => RunBoundedAsync(() => Read(request));

    /// <summary>
    /// The connection runs its handlers one at a time, so file work moves to the thread pool; a
    /// call that still takes too long is answered with <c>bridge_timeout</c> while its thread finishes.
    /// </summary>
    private static async Task<T> RunBoundedAsync<T>(Func<T> work)
    {
        try
        {
            return await Task.Run(work).WaitAsync(MaxFileWork);
        }
        catch (TimeoutException)
        {
            throw HubErrors.Create(ErrorCodes.BridgeTimeout, $"Reading the project's files took longer than {MaxFileWork.TotalSeconds:0} seconds.");
        }
    }

    /// <summary>The entries of a folder, or with a query, the entries below it whose name contains the query.</summary>
    private FileListing List(ListRootFilesRequest request)
    {
        var root = ResolveRoot(request.RootDirectory);
        var folder = ResolveInside(root, request.Path);
        if (!Directory.Exists(folder))
        {
            throw HubErrors.Create(ErrorCodes.NotFound, $"'{request.Path}' is not a folder of the project.");
        }

        var matches = string.IsNullOrWhiteSpace(request.Query)
            ? ListFolder(new DirectoryInfo(folder))
            : Search(new DirectoryInfo(folder), request.Query.Trim());
        var entries = matches.Take(BatonDefaults.MaxFileListEntries + 1).Select(info => ToEntry(root, info)).ToList();
        var truncated = entries.Count > BatonDefaults.MaxFileListEntries;
        return new FileListing(truncated ? entries[..BatonDefaults.MaxFileListEntries] : entries, truncated);
    }

    /// <summary>A text file's content: refused when over the size limit, binary, or not a regular file.</summary>
    private FileContent Read(ReadRootFileRequest request)
    {
        var root = ResolveRoot(request.RootDirectory);
        if (string.IsNullOrWhiteSpace(request.Path))
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, "Say which file to read.");
        }

        var file = new FileInfo(ResolveInside(root, request.Path));
        if (!file.Exists)
        {
            throw HubErrors.Create(ErrorCodes.NotFound, $"'{request.Path}' is not a file of the project.");
        }

        if (!RegularFile.Is(file.FullName))
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, $"'{request.Path}' is a pipe, socket or device, not a file that can be shown.");
        }

        if (file.Length > BatonDefaults.MaxFileContentBytes)
        {
            throw HubErrors.Create(ErrorCodes.FileTooLarge, $"'{request.Path}' has {file.Length} bytes; files over {BatonDefaults.MaxFileContentBytes} bytes are not shown.");
        }

        var bytes = ReadUpToLimit(request.Path, file.FullName);
        if (bytes.AsSpan().Contains((byte)0))
        {
            throw HubErrors.Create(ErrorCodes.BinaryFile, $"'{request.Path}' is a binary file.");
        }

        // Invalid sequences become U+FFFD rather than failing: the person still sees the text around them.
        var content = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes).TrimStart('\uFEFF');
        return new FileContent(RelativePath(root, file.FullName), content, file.Length, file.LastWriteTimeUtc);
    }

    /// <summary>The file's bytes, reading no further than the size limit: the file may have grown since it was looked at.</summary>
    private static byte[] ReadUpToLimit(string shownPath, string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var buffer = new byte[BatonDefaults.MaxFileContentBytes + 1];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return length <= BatonDefaults.MaxFileContentBytes
                ? buffer[..length]
                : throw HubErrors.Create(ErrorCodes.FileTooLarge, $"'{shownPath}' has grown over {BatonDefaults.MaxFileContentBytes} bytes; such files are not shown.");
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, $"'{shownPath}' could not be read: {exception.Message}");
        }
    }

    private string ResolveRoot(string rootDirectory) =>
        roots.Resolve(rootDirectory) is { } root && Directory.Exists(root)
            ? root
            : throw HubErrors.Create(ErrorCodes.OutsideRoot, "The project's folder is not inside a workspace root of this bridge.");

    private static string ResolveInside(string root, string? relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            return root;
        }

        if (relativePath.Any(char.IsControl))
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, "A path must not contain control characters.");
        }

        if (Path.IsPathRooted(relativePath))
        {
            throw HubErrors.Create(ErrorCodes.OutsideRoot, "Paths are relative to the project's folder.");
        }

        string resolved;
        try
        {
            resolved = RealPath.Resolve(Path.Combine(root, relativePath));
        }
        catch (IOException exception)
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, exception.Message);
        }

        return RealPath.IsInside(resolved, root)
            ? resolved
            : throw HubErrors.Create(ErrorCodes.OutsideRoot, $"'{relativePath}' leads outside the project's folder.");
    }

    private static IEnumerable<FileSystemInfo> ListFolder(DirectoryInfo folder) =>
        Children(folder).OrderBy(info => info is FileInfo).ThenBy(info => info.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Breadth first, so the nearest matches come first when the list is cut short; links to folders are not followed.</summary>
    private static IEnumerable<FileSystemInfo> Search(DirectoryInfo start, string query)
    {
        var folders = new Queue<DirectoryInfo>([start]);
        while (folders.TryDequeue(out var folder))
        {
            foreach (var child in Children(folder).OrderBy(info => info.Name, StringComparer.OrdinalIgnoreCase))
            {
                if (child.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
                {
                    yield return child;
                }

                if (child is DirectoryInfo directory && child.LinkTarget is null)
                {
                    folders.Enqueue(directory);
                }
            }
        }
    }

    private static IEnumerable<FileSystemInfo> Children(DirectoryInfo folder)
    {
        try
        {
            return folder.EnumerateFileSystemInfos()
                .Where(info => info is FileInfo
                    ? RegularFile.Is(info.FullName)
                    : !(info.Name.StartsWith('.') || SkippedFolders.Contains(info.Name)))
                .ToList();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            // A folder the bridge may not read is left out rather than failing the whole listing.
            return [];
        }
    }

    private static FileEntry ToEntry(string root, FileSystemInfo info) => new(
        RelativePath(root, info.FullName),
        info.Name,
        info is DirectoryInfo ? FileKind.Directory : FileKind.File,
        info is FileInfo file ? file.Length : 0,
        info.LastWriteTimeUtc);

    private static string RelativePath(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
