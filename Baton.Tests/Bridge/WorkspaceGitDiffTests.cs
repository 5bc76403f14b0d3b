using Baton.Bridge.Git;
using Baton.Contracts.Errors;
using Baton.Contracts.Workspace;
using Baton.Tests.Bridge.Support;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Bridge;

/// <summary>
/// <c>workspace:diff</c> runs the real git in the project's folder, over the real wire: modified,
/// added and untracked files with their diffs, paths relative to the project, and a clear state
/// where the folder is no repository.
/// </summary>
public sealed class WorkspaceGitDiffTests : IAsyncLifetime
{
    private BridgeTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BridgeTestHost.StartAsync();
        var root = _host.ProjectRoot;
        Directory.CreateDirectory(root);
        await GitFolder.InitAsync(root, new Dictionary<string, string>
        {
            ["README.md"] = "# Project\n\nOld line\n",
            ["src/app.txt"] = string.Concat(Enumerable.Range(1, 20).Select(line => $"line {line}\n")),
            ["docs/old name.md"] = "Moved\n",
        });
        await GitFolder.WriteAsync(root, "README.md", "# Project\n\nNew line\n");
        await GitFolder.WriteAsync(root, "src/app.txt", string.Concat(Enumerable.Range(1, 20).Select(line => line == 15 ? "line fifteen\n" : $"line {line}\n")));
        await GitFolder.WriteAsync(root, "added.txt", "Staged new file\n");
        await GitFolder.RunAsync(root, "add", "added.txt");
        await GitFolder.RunAsync(root, "mv", "docs/old name.md", "docs/new name.md");
        await GitFolder.WriteAsync(root, "notes/untracked.txt", "Not added yet\n");
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Lists_modified_added_renamed_and_untracked_files_with_their_diffs()
    {
        var diff = await DiffAsync(_host.ProjectRoot);

        Assert.Equal(WorkspaceDiffState.Repository, diff.State);
        Assert.Equal("main", diff.Branch);
        Assert.False(diff.Truncated);
        Assert.Equal(
            [
                ("README.md", WorkspaceFileStatus.Modified),
                ("added.txt", WorkspaceFileStatus.Added),
                ("docs/new name.md", WorkspaceFileStatus.Renamed),
                ("notes/untracked.txt", WorkspaceFileStatus.Untracked),
                ("src/app.txt", WorkspaceFileStatus.Modified),
            ],
            diff.Files.Select(file => (file.Path, file.Status)));

        var readme = diff.Files.Single(file => file.Path == "README.md");
        Assert.Empty(readme.Staged);
        Assert.Equal(["-Old line", "+New line"], readme.Unstaged.Single().Lines.Where(line => line[0] != ' '));

        var added = diff.Files.Single(file => file.Path == "added.txt");
        Assert.Equal(["+Staged new file"], added.Staged.Single().Lines);
        Assert.Empty(added.Unstaged);

        Assert.Equal("docs/old name.md", diff.Files.Single(file => file.Path == "docs/new name.md").OldPath);
        Assert.Empty(diff.Files.Single(file => file.Path == "notes/untracked.txt").Unstaged);

        var app = diff.Files.Single(file => file.Path == "src/app.txt").Unstaged.Single();
        Assert.Equal((12, 12), (app.OldStart, app.NewStart));
        Assert.Contains("+line fifteen", app.Lines);
    }

    [Fact]
    public async Task A_project_in_a_subfolder_of_a_repository_sees_only_its_own_files()
    {
        var diff = await DiffAsync(Path.Combine(_host.ProjectRoot, "src"));

        Assert.Equal(WorkspaceDiffState.Repository, diff.State);
        Assert.Equal(["app.txt"], diff.Files.Select(file => file.Path));
        Assert.Contains("+line fifteen", diff.Files.Single().Unstaged.Single().Lines);
    }

    [Fact]
    public async Task A_clean_repository_has_no_changes()
    {
        var clean = Path.Combine(_host.WorkspaceRoot, "clean");
        Directory.CreateDirectory(clean);
        await GitFolder.InitAsync(clean, new Dictionary<string, string> { ["a.txt"] = "a\n" });

        var diff = await DiffAsync(clean);

        Assert.Equal(WorkspaceDiffState.Repository, diff.State);
        Assert.Empty(diff.Files);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_repository_says_so()
    {
        var plain = Path.Combine(_host.WorkspaceRoot, "plain");
        Directory.CreateDirectory(plain);
        await File.WriteAllTextAsync(Path.Combine(plain, "a.txt"), "a\n");

        var diff = await DiffAsync(plain);

        Assert.Equal(WorkspaceDiffState.NotARepository, diff.State);
        Assert.Empty(diff.Files);
    }

    [Fact]
    public async Task A_root_outside_the_workspace_roots_is_refused()
    {
        var failure = await Assert.ThrowsAsync<HubException>(() => DiffAsync(Path.GetTempPath()));

        Assert.Equal(ErrorCodes.OutsideRoot, HubErrors.ExtractCode(failure));
    }

    [Fact]
    public async Task A_diff_over_the_size_limit_is_cut_short_and_says_so()
    {
        var big = Path.Combine(_host.WorkspaceRoot, "big");
        Directory.CreateDirectory(big);
        var line = new string('x', 100) + "\n";
        await GitFolder.InitAsync(big, new Dictionary<string, string> { ["big.txt"] = "start\n" });
        await GitFolder.WriteAsync(big, "big.txt", string.Concat(Enumerable.Repeat(line, WorkspaceGitDiff.MaxDiffBytes / line.Length + 100)));

        var diff = await DiffAsync(big);

        Assert.True(diff.Truncated);
        Assert.Equal("big.txt", diff.Files.Single().Path);
    }

    private async Task<WorkspaceDiff> DiffAsync(string rootDirectory)
    {
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);
        return await _host.Bridge.GetWorkspaceDiff(new WorkspaceRootDiffRequest(rootDirectory), timeout.Token);
    }
}
