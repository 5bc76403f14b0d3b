using Baton.Bridge.Files;
using Baton.Contracts.Bridges;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Tests.Bridge.Support;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Bridge;

/// <summary><c>files:*</c> answer inside the project only, over the real wire, with codes the API can read.</summary>
public sealed class WorkspaceFilesTests : IAsyncLifetime
{
    private BridgeTestHost _host = null!;
    private string _outside = null!;

    public async Task InitializeAsync()
    {
        _host = await BridgeTestHost.StartAsync();
        _outside = Infrastructure.TestFolders.CreateShared("outside");
        await File.WriteAllTextAsync(Path.Combine(_outside, "secret.txt"), "not for the project");
        var root = _host.ProjectRoot;
        Directory.CreateDirectory(Path.Combine(root, "src", "deep"));
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        Directory.CreateDirectory(Path.Combine(root, "node_modules", "left-pad"));
        await File.WriteAllTextAsync(Path.Combine(root, "README.md"), "# Project\n");
        await File.WriteAllTextAsync(Path.Combine(root, "src", "Program.cs"), "Console.WriteLine(\"hi\");\n");
        await File.WriteAllTextAsync(Path.Combine(root, "src", "deep", "program-notes.md"), "notes\n");
        await File.WriteAllTextAsync(Path.Combine(root, "node_modules", "left-pad", "program.js"), "module.exports = 1;\n");
        await File.WriteAllBytesAsync(Path.Combine(root, "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        await File.WriteAllTextAsync(Path.Combine(root, "huge.log"), new string('x', 1024 * 1024 + 1));
        File.CreateSymbolicLink(Path.Combine(root, "escape"), _outside);
        File.CreateSymbolicLink(Path.Combine(root, "src", "readme-link.md"), Path.Combine(root, "README.md"));
        var mkfifo = await Infrastructure.ProcessRunner.RunAsync("mkfifo", ["pipe"], root, BridgeTestHost.CallTimeout);
        Assert.True(mkfifo.ExitCode == 0, mkfifo.Describe());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Infrastructure.TestFolders.TryDelete(_outside);
    }

    [Fact]
    public async Task Listing_shows_a_folder_without_tool_and_build_folders()
    {
        var listing = await ListAsync(null, null);
        var src = await ListAsync("src", null);

        Assert.Equal(["escape", "src", "huge.log", "logo.png", "README.md"], listing.Entries.Select(entry => entry.Name));
        Assert.Equal(FileKind.Directory, listing.Entries.Single(entry => entry.Name == "src").Kind);
        Assert.Equal(10, listing.Entries.Single(entry => entry.Name == "README.md").Size);
        Assert.Equal(["src/deep", "src/Program.cs", "src/readme-link.md"], src.Entries.Select(entry => entry.Path));
        Assert.False(listing.Truncated);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_at_once_and_the_bridge_answers_meanwhile()
    {
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);
        var reading = Assert.ThrowsAsync<HubException>(() => ReadAsync("pipe"));
        var health = _host.Bridge.GetStatus(new BridgeStatusRequest(_host.ProjectRoot), timeout.Token);

        var status = await health;
        var failure = await reading.WaitAsync(WorkspaceFiles.MaxFileWork);

        Assert.True(status.CliFound);
        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(failure));
        Assert.DoesNotContain("pipe", (await ListAsync(null, "pipe")).Entries.Select(entry => entry.Name));
    }

    [Theory]
    [InlineData("src/\0Program.cs")]
    [InlineData("src/\u001bProgram.cs")]
    public async Task Paths_with_control_characters_are_refused_as_invalid(string escapedPath)
    {
        var path = System.Text.RegularExpressions.Regex.Unescape(escapedPath);

        var reading = await Assert.ThrowsAsync<HubException>(() => ReadAsync(path));
        var listing = await Assert.ThrowsAsync<HubException>(() => ListAsync(path, null));

        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(reading));
        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(listing));
    }

    [Fact]
    public async Task A_query_searches_names_below_the_folder()
    {
        var found = await ListAsync(null, "program");

        Assert.Equal(["src/Program.cs", "src/deep/program-notes.md"], found.Entries.Select(entry => entry.Path));
    }

    [Fact]
    public async Task Reading_returns_a_text_file_and_follows_a_link_inside_the_project()
    {
        var file = await ReadAsync("src/Program.cs");
        var linked = await ReadAsync("src/readme-link.md");

        Assert.Equal("Console.WriteLine(\"hi\");\n", file.Content);
        Assert.Equal("src/Program.cs", file.Path);
        Assert.Equal("# Project\n", linked.Content);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("src/../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("escape/secret.txt")]
    public async Task Paths_that_lead_outside_the_project_are_refused(string path)
    {
        var reading = await Assert.ThrowsAsync<HubException>(() => ReadAsync(path));
        var listing = await Assert.ThrowsAsync<HubException>(() => ListAsync(path, null));

        Assert.Equal(ErrorCodes.OutsideRoot, HubErrors.ExtractCode(reading));
        Assert.Equal(ErrorCodes.OutsideRoot, HubErrors.ExtractCode(listing));
    }

    [Fact]
    public async Task A_root_outside_the_workspace_roots_is_refused()
    {
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);

        var failure = await Assert.ThrowsAsync<HubException>(() => _host.Bridge.ListFiles(new ListRootFilesRequest(_outside, null, null), timeout.Token));

        Assert.Equal(ErrorCodes.OutsideRoot, HubErrors.ExtractCode(failure));
    }

    [Theory]
    [InlineData("logo.png", ErrorCodes.BinaryFile)]
    [InlineData("huge.log", ErrorCodes.FileTooLarge)]
    [InlineData("missing.txt", ErrorCodes.NotFound)]
    public async Task Files_that_cannot_be_shown_are_refused_with_their_reason(string path, string code)
    {
        var failure = await Assert.ThrowsAsync<HubException>(() => ReadAsync(path));

        Assert.Equal(code, HubErrors.ExtractCode(failure));
    }

    private async Task<FileListing> ListAsync(string? path, string? query)
    {
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);
        return await _host.Bridge.ListFiles(new ListRootFilesRequest(_host.ProjectRoot, path, query), timeout.Token);
    }

    private async Task<FileContent> ReadAsync(string path)
    {
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);
        return await _host.Bridge.ReadFile(new ReadRootFileRequest(_host.ProjectRoot, path), timeout.Token);
    }
}
