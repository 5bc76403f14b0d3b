using System.Text.Json;
using Baton.Bridge.Processes;
using Baton.Contracts.Bridges;
using Baton.Contracts.Permissions;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Cli;

/// <summary>
/// The models the CLI offers, asked for once, when health is first asked for: a CLI process in an empty folder
/// of its own answers <c>list_models</c> without calling the model, then ends. Health waits for it briefly; until
/// it has answered (or if it cannot) the bridge lists none and the web app offers its own aliases.
/// </summary>
public sealed class ClaudeModelCatalogue(
    IOptions<ClaudeCliOptions> options,
    ClaudeCliLocator cliLocator,
    ChildProcessLauncher launcher,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    private static readonly TimeSpan HealthWait = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = loggerFactory.CreateLogger<ClaudeModelCatalogue>();
    private readonly Lock _gate = new();
    private Task<IReadOnlyList<ModelChoice>?>? _listing;

    /// <summary>The listed models; null when the CLI has not said (yet).</summary>
    public async Task<IReadOnlyList<ModelChoice>?> GetAsync()
    {
        Task<IReadOnlyList<ModelChoice>?> listing;
        lock (_gate)
        {
            listing = _listing ??= Task.Run(ListOnceAsync);
        }

        try
        {
            return await listing.WaitAsync(HealthWait, timeProvider);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<ModelChoice>?> ListOnceAsync()
    {
        var folder = Directory.CreateTempSubdirectory("baton-models-");
        try
        {
            return await ListAsync(folder.FullName);
        }
        catch (Exception exception) when (exception is IOException or TimeoutException or ClaudeControlException or System.ComponentModel.Win32Exception)
        {
            _logger.LogWarning(exception, "The Claude Code CLI did not list its models; the web app offers its own");
            return null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<IReadOnlyList<ModelChoice>?> ListAsync(string folder)
    {
        if (await cliLocator.GetAsync() is not { Found: true, Path: { } cliPath })
        {
            return null;
        }

        var settings = new ClaudeProcessSettings(folder, PermissionMode.Default, null, [], null);
        var process = await ClaudeProcess.StartAsync(settings, cliPath, options.Value, launcher, timeProvider, loggerFactory.CreateLogger<ClaudeProcess>());
        try
        {
            return Read(await process.ListModelsAsync(CancellationToken.None));
        }
        finally
        {
            await process.ShutdownAsync();
        }
    }

    /// <summary>Each listed model with a name; <c>default</c> is left out, as it is what choosing none means.</summary>
    private static List<ModelChoice> Read(JsonElement answer) =>
        CliJson.Property(answer, "models") is { ValueKind: JsonValueKind.Array } models
            ? [.. models.EnumerateArray()
                .Where(model => CliJson.String(model, "value") is { Length: > 0 } value && value != "default")
                .Select(model => new ModelChoice(CliJson.String(model, "value")!, CliJson.String(model, "displayName") ?? CliJson.String(model, "value")!, CliJson.String(model, "description")))]
            : [];
}
