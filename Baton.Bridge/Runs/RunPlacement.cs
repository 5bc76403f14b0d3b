using Baton.Bridge.Cli;
using Baton.Bridge.Workspace;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Runs;

/// <summary>Where a run would go: the project's real folder inside a workspace root, and the CLI to run there.</summary>
public sealed class RunPlacement(IOptions<ClaudeCliOptions> options, ClaudeCliLocator cliLocator, WorkspaceRoots workspaceRoots)
{
    public async Task<RunPlace> FindAsync(ExecuteRunRequest request)
    {
        if (workspaceRoots.Resolve(request.RootDirectory) is not { } root)
        {
            return RunPlace.Refused(ErrorCodes.OutsideRoot, $"'{request.RootDirectory}' is not inside a workspace root of this bridge.");
        }

        if (request.PermissionMode is PermissionMode.BypassPermissions && !options.Value.AllowBypass)
        {
            return RunPlace.Refused(ErrorCodes.InvalidRequest, "This bridge does not allow the bypassPermissions mode (set Claude:AllowBypass).");
        }

        if (await cliLocator.GetAsync() is not { Found: true, Path: { } cliPath })
        {
            return RunPlace.Refused(ErrorCodes.CliNotFound, $"The Claude Code CLI is not installed on this bridge. Install it with: {ClaudeCliOptions.InstallHint}");
        }

        try
        {
            // A project's folder inside a workspace root may not exist yet: the CLI needs it as its working directory.
            Directory.CreateDirectory(root);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return RunPlace.Refused(ErrorCodes.InvalidRequest, $"The project's folder could not be created: {exception.Message}");
        }

        return new RunPlace(root, cliPath, null);
    }
}
