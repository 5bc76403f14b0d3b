using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Bridge;
using Baton.Contracts;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.ScriptedModel;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Baton.Tests.Bridge.Support;

/// <summary>
/// One test's world: the scripted model, the stand-in API, and the real bridge driving the real
/// CLI (in-process, or as its own process), with a fresh workspace and CLI config folder.
/// </summary>
public sealed class BridgeTestHost : IAsyncDisposable
{
    public static readonly TimeSpan CallTimeout = BatonDefaults.ClientResultTimeout;
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private readonly WebApplication _model;
    private readonly WebApplication? _bridge;
    private readonly Process? _bridgeProcess;

    private BridgeTestHost(WebApplication model, FakeBridgeApi api, WebApplication? bridge, Process? bridgeProcess, string workspaceRoot, string configDir)
    {
        _model = model;
        Api = api;
        _bridge = bridge;
        _bridgeProcess = bridgeProcess;
        WorkspaceRoot = workspaceRoot;
        ConfigDir = configDir;
    }

    public FakeBridgeApi Api { get; }

    public BridgeHubRecorder Recorder => Api.Recorder;

    public IBridgeClient Bridge => Api.Bridge;

    public string WorkspaceRoot { get; }

    /// <summary>The project's folder: inside the workspace root, created by the bridge on the first run.</summary>
    public string ProjectRoot => Path.Combine(WorkspaceRoot, "project");

    public string ConfigDir { get; }

    public Guid ConversationId { get; } = Guid.NewGuid();

    public string ModelUrl => _model.Urls.Single();

    /// <summary>The bridge run as its own process, when the test asked for one.</summary>
    public Process? BridgeProcess => _bridgeProcess;

    /// <param name="settings">Extra bridge settings, e.g. <c>--Claude:IdleTimeout=00:00:01</c>.</param>
    /// <param name="bridgeAsProcess">Runs <c>dotnet Baton.Bridge.dll</c> instead of hosting the bridge in the test.</param>
    /// <param name="longChunkDelayMs">The pace of the scripted long answer.</param>
    public static async Task<BridgeTestHost> StartAsync(IEnumerable<string>? settings = null, bool bridgeAsProcess = false, int longChunkDelayMs = 20)
    {
        var workspaceRoot = TestFolders.CreateShared("bridge-workspace");
        var configDir = TestFolders.CreateShared("claude-config");
        var model = ScriptedModelApp.Create([
            "--urls=http://127.0.0.1:0",
            "--ScriptedModel:ChunkDelayMs=0",
            $"--ScriptedModel:LongChunkDelayMs={longChunkDelayMs}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await model.StartAsync();
        var token = "bridge-" + Guid.NewGuid().ToString("N");
        var api = await FakeBridgeApi.StartAsync(token);
        string[] arguments =
        [
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            $"--Bridge:ApiUrl={api.Url}",
            $"--Bridge:Token={token}",
            $"--Bridge:WorkspaceRoots:0={workspaceRoot}",
            "--Bridge:Name=test-bridge",
            "--Bridge:MaxReconnectDelay=00:00:01",
            $"--Claude:CliPath={ClaudeCliPath}",
            $"--Claude:ConfigDir={configDir}",
            "--Claude:MaxRetries=0",
            $"--Claude:Environment:ANTHROPIC_BASE_URL={model.Urls.Single()}",
            "--Claude:Environment:ANTHROPIC_API_KEY=baton-test",
            "--Claude:Environment:CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1",
            .. settings ?? [],
        ];

        WebApplication? bridge = null;
        Process? bridgeProcess = null;
        if (bridgeAsProcess)
        {
            var startInfo = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            startInfo.ArgumentList.Add(BridgeAssemblyPath);
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            bridgeProcess = Process.Start(startInfo)!;
            bridgeProcess.OutputDataReceived += (_, _) => { };
            bridgeProcess.ErrorDataReceived += (_, _) => { };
            bridgeProcess.BeginOutputReadLine();
            bridgeProcess.BeginErrorReadLine();
        }
        else
        {
            bridge = BridgeApp.Create(arguments);
            await bridge.StartAsync();
        }

        var host = new BridgeTestHost(model, api, bridge, bridgeProcess, workspaceRoot, configDir);
        await host.Recorder.WaitForAsync(() => host.Recorder.Connects.Count > 0 ? "connected" : null, TimeSpan.FromSeconds(30), () => "the bridge's bridge:connect");
        return host;
    }

    /// <summary>The pinned CLI, installed by <c>npm ci --prefix tools/claude-cli</c>.</summary>
    public static string ClaudeCliPath { get; } = RepositoryPaths.Combine("tools", "claude-cli", "node_modules", ".bin", "claude");

    /// <summary>The bridge's own build output, in the configuration these tests were built in.</summary>
    private static string BridgeAssemblyPath
    {
        get
        {
            var targetFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return RepositoryPaths.Combine("Baton.Bridge", "bin", targetFolder.Parent!.Name, targetFolder.Name, "Baton.Bridge.dll");
        }
    }

    public ExecuteRunRequest NewRun(
        string prompt,
        Guid? conversationId = null,
        string? sessionId = null,
        PermissionMode mode = PermissionMode.Default,
        string? model = null,
        IReadOnlyList<string>? allowedTools = null,
        IReadOnlyList<RunAttachment>? attachments = null,
        string? traceParent = null) =>
        new(Guid.NewGuid(), conversationId ?? ConversationId, ProjectRoot, prompt, attachments ?? [], sessionId, mode, model, allowedTools ?? [], traceParent);

    /// <summary>Sends <c>claude:execute</c> and asserts the bridge accepted it.</summary>
    public async Task<Guid> StartRunAsync(ExecuteRunRequest request)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        var result = await Bridge.Execute(request, timeout.Token);
        Assert.True(result.Accepted, $"The bridge refused the run: {result.Code}: {result.Message}");
        return request.RequestId;
    }

    public Task<Guid> StartRunAsync(string prompt) => StartRunAsync(NewRun(prompt));

    /// <summary>Waits for the run's terminal event and checks there is exactly one, and nothing after it.</summary>
    public async Task<RunLog> WaitForEndAsync(Guid requestId, TimeSpan? timeout = null)
    {
        await Recorder.WaitForAsync(() => Recorder.Run(requestId).Terminal, timeout ?? RunTimeout, () => Recorder.Run(requestId).Describe());
        var log = Recorder.Run(requestId);
        Assert.Single(log.Terminals);
        Assert.Equal(log.Events[^1], log.Terminal);
        Assert.Equal(Enumerable.Range(1, log.Events.Count).Select(seq => (long)seq), log.Events.Select(item => item.Seq));
        return log;
    }

    public async Task<RunCompleted> WaitForCompletionAsync(Guid requestId)
    {
        var log = await WaitForEndAsync(requestId);
        return Assert.IsType<RunCompleted>(log.Terminal!.Payload, exactMatch: true);
    }

    public Task<PermissionRequested> WaitForPermissionRequestAsync(Guid requestId, int count = 1) =>
        Recorder.WaitForAsync(() => Recorder.Run(requestId).PermissionRequests.Skip(count - 1).FirstOrDefault(), RunTimeout, () => Recorder.Run(requestId).Describe());

    public async Task<AckResult> RespondAsync(CliPermissionResponse response)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        return await Bridge.RespondToPermission(response, timeout.Token);
    }

    public async Task<AckResult> AbortAsync(Guid requestId)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        return await Bridge.Abort(new AbortRunRequest(requestId), timeout.Token);
    }

    /// <summary>The Messages API request bodies the CLI sent to the scripted model, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> ModelRequestsAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(ModelUrl) };
        return await http.GetFromJsonAsync<List<JsonElement>>("/scripted/requests") ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        if (_bridge is not null)
        {
            await _bridge.StopAsync();
            await _bridge.DisposeAsync();
        }

        if (_bridgeProcess is { HasExited: false })
        {
            _bridgeProcess.Kill(entireProcessTree: true);
            await _bridgeProcess.WaitForExitAsync();
        }

        _bridgeProcess?.Dispose();
        await Api.DisposeAsync();
        await _model.DisposeAsync();
        TestFolders.TryDelete(WorkspaceRoot);
        TestFolders.TryDelete(ConfigDir);
    }
}
