using Baton.Bridge.Files;
using Baton.Bridge.Processes;
using Baton.Bridge.Workspace;
using Baton.Contracts;
using Baton.Contracts.Errors;
using Baton.Contracts.Workspace;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Bridge.Git;

/// <summary>
/// Answers <c>workspace:diff</c>: <c>git status</c> and <c>git diff</c> (staged and unstaged) in a
/// project's folder, inside a workspace root only. Git looks for the repository no higher than
/// that workspace root, and reports only paths inside the project's folder, relative to it. The
/// whole answer is bounded in time (as file work is) and in size; a failure is thrown as a
/// <see cref="HubException"/> carrying its error code.
/// </summary>
public sealed class WorkspaceGitDiff(WorkspaceRoots roots)
{
    /// <summary>Each diff (staged, unstaged) stops here: the answer stays well inside the chat hub's frame limit.</summary>
    public const int MaxDiffBytes = 256 * 1024;

    private const int MaxStatusBytes = 256 * 1024;

    public async Task<WorkspaceDiff> DiffAsync(WorkspaceRootDiffRequest request)
    {
        var root = roots.Resolve(request.RootDirectory) is { } resolved && Directory.Exists(resolved)
            ? resolved
            : throw HubErrors.Create(ErrorCodes.OutsideRoot, "The project's folder is not inside a workspace root of this bridge.");
        if (ExecutableSearch.Find("git") is not { } git)
        {
            return new WorkspaceDiff(WorkspaceDiffState.GitMissing, null, [], false);
        }

        // Git stops looking for .git at the folder above the workspace root: never a repository outside it.
        var ceiling = Path.GetDirectoryName(roots.RootHolding(root)!) ?? "/";
        using var deadline = new CancellationTokenSource(WorkspaceFiles.MaxFileWork);
        try
        {
            return await DiffAsync(new Repository(git, root, ceiling), deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw HubErrors.Create(ErrorCodes.BridgeTimeout, $"git took longer than {WorkspaceFiles.MaxFileWork.TotalSeconds:0} seconds.");
        }
    }

    private static async Task<WorkspaceDiff> DiffAsync(Repository repository, CancellationToken cancellationToken)
    {
        var prefix = await repository.RunAsync(["rev-parse", "--show-prefix"], MaxStatusBytes, cancellationToken);
        if (prefix.ExitCode != 0)
        {
            return prefix.Error.Contains("not a git repository", StringComparison.OrdinalIgnoreCase)
                ? new WorkspaceDiff(WorkspaceDiffState.NotARepository, null, [], false)
                : throw Failed(prefix);
        }

        var status = await repository.RunAsync(["status", "--porcelain=v1", "-z", "--branch", "--untracked-files=all", "--", "."], MaxStatusBytes, cancellationToken);
        var staged = await repository.RunAsync(DiffArguments("--cached"), MaxDiffBytes, cancellationToken);
        var unstaged = await repository.RunAsync(DiffArguments(), MaxDiffBytes, cancellationToken);
        if (new[] { status, staged, unstaged }.FirstOrDefault(output => output.ExitCode != 0 && !output.Truncated) is { } failure)
        {
            throw Failed(failure);
        }

        var (branch, entries) = PorcelainStatus.Parse(status.Output);
        var stagedFiles = UnifiedDiff.Parse(staged.Output).ToDictionary(file => file.Path);
        var unstagedFiles = UnifiedDiff.Parse(unstaged.Output).ToDictionary(file => file.Path);
        var files = entries
            .Select(entry => Change(entry, prefix.Output.TrimEnd('\n'), stagedFiles, unstagedFiles))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        var truncated = status.Truncated || staged.Truncated || unstaged.Truncated || files.Count > BatonDefaults.MaxFileListEntries;
        return new WorkspaceDiff(WorkspaceDiffState.Repository, branch, files.Take(BatonDefaults.MaxFileListEntries).ToList(), truncated);
    }

    private static WorkspaceFileChange Change(StatusEntry entry, string prefix, Dictionary<string, FileDiff> staged, Dictionary<string, FileDiff> unstaged)
    {
        // Status names paths from the repository's top; the diffs (--relative) from the project's folder.
        var path = entry.Path[prefix.Length..];
        var oldPath = entry.OldPath is { } old && old.StartsWith(prefix, StringComparison.Ordinal) ? old[prefix.Length..] : entry.OldPath;
        var stagedDiff = staged.GetValueOrDefault(path);
        var unstagedDiff = unstaged.GetValueOrDefault(path);
        return new WorkspaceFileChange(
            path,
            oldPath,
            entry.Status,
            stagedDiff?.Hunks ?? [],
            unstagedDiff?.Hunks ?? [],
            stagedDiff?.Binary is true || unstagedDiff?.Binary is true);
    }

    private static string[] DiffArguments(params string[] which) =>
        ["diff", .. which, "--relative", "--no-ext-diff", "--no-textconv", "--no-color", "--unified=3", "--", "."];

    private static HubException Failed(GitOutput output) =>
        HubErrors.Create(ErrorCodes.Internal, $"git failed (exit {output.ExitCode}): {output.Error.Trim()}");

    private sealed record Repository(string Git, string Folder, string Ceiling)
    {
        public Task<GitOutput> RunAsync(IEnumerable<string> arguments, int maxOutputBytes, CancellationToken cancellationToken) =>
            GitCommand.RunAsync(Git, Folder, Ceiling, arguments, maxOutputBytes, cancellationToken);
    }
}
