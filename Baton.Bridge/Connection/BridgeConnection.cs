using Baton.Bridge.Background;
using Baton.Bridge.Cli;
using Baton.Bridge.Configuration;
using Baton.Bridge.Outbox;
using Baton.Bridge.Status;
using Baton.Bridge.Workspace;
using Baton.Contracts.Bridges;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Connection;

/// <summary>
/// The bridge's one connection to the API's <c>/hubs/bridge</c>, dialled out with the bridge
/// token. It keeps trying until the API answers, reconnects forever, and after every (re)connect
/// says <c>bridge:connect</c> with the runs it still has before the outbox sends again.
/// </summary>
public sealed class BridgeConnection(
    IOptions<BridgeOptions> options,
    IOptions<ClaudeCliOptions> cliOptions,
    ClaudeCliLocator cliLocator,
    WorkspaceRoots workspaceRoots,
    RunOutbox outbox,
    BridgeClient client,
    TimeProvider timeProvider,
    ILogger<BridgeConnection> logger) : BackgroundService
{
    private readonly EndlessRetryPolicy _retryPolicy = new(options.Value.MaxReconnectDelay);
    private readonly BackgroundWork _work = new(logger);
    private HubConnection? _connection;
    private volatile bool _registered;
    private TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Connected, and the API knows which runs this bridge still has.</summary>
    public bool IsRegistered => _registered;

    /// <summary>Makes one call of the API's bridge hub, bound to <paramref name="cancellationToken"/>.</summary>
    public Task SendAsync(Func<IBridgeHub, Task> call, CancellationToken cancellationToken) =>
        _connection is { } connection
            ? call(new BridgeHubProxy(connection, cancellationToken))
            : Task.FromException(new InvalidOperationException("The bridge is not connected."));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_connection is { } connection)
        {
            _registered = false;
            await connection.DisposeAsync();
        }

        await _work.WhenAllEndedAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connection = _connection = Build();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConnectAsync(connection, stoppingToken);
                // Automatic reconnection never gives up, so this ends only when the API closes the
                // connection for good or the bridge stops.
                await _closed.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private HubConnection Build()
    {
        var bridge = options.Value;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(bridge.ApiUrl!, HubPaths.Bridge.TrimStart('/')), http =>
            {
                http.AccessTokenProvider = () => Task.FromResult<string?>(bridge.Token);
                // A WebSocket at once, no negotiate first: behind a load balancer without affinity the
                // negotiate and the WebSocket after it could reach different API replicas.
                http.SkipNegotiation = true;
                http.Transports = HttpTransportType.WebSockets;
            })
            .WithAutomaticReconnect(_retryPolicy)
            .Build();

        connection.HandleCallsWith(client);

        connection.Reconnecting += exception =>
        {
            _registered = false;
            logger.LogWarning(exception, "Lost the connection to the API; reconnecting");
            return Task.CompletedTask;
        };
        connection.Reconnected += connectionId =>
        {
            // Not awaited: a refusal stops the connection, which must not happen inside its own event.
            _work.Track(RegisterAfterReconnectAsync(connection), "registering after a reconnect");
            return Task.CompletedTask;
        };
        connection.Closed += exception =>
        {
            _registered = false;
            if (exception is not null)
            {
                logger.LogWarning(exception, "The API closed the connection");
            }

            _closed.TrySetResult();
            return Task.CompletedTask;
        };
        return connection;
    }

    /// <summary>Starts the connection, trying with growing pauses until the API answers.</summary>
    private async Task ConnectAsync(HubConnection connection, CancellationToken cancellationToken)
    {
        _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var failedAttempts = 0L; ; failedAttempts++)
        {
            await Task.Delay(_retryPolicy.DelayAfter(failedAttempts), timeProvider, cancellationToken);
            try
            {
                await connection.StartAsync(cancellationToken);
                await RegisterAsync(connection, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The reason is enough while the API is away; the whole exception only helps when debugging.
                logger.LogWarning("Could not reach the API at {ApiUrl} (attempt {Attempt}): {Reason}", options.Value.ApiUrl, failedAttempts + 1, exception.Message);
                logger.LogDebug(exception, "Connecting to the API failed");
                if (connection.State is not HubConnectionState.Disconnected)
                {
                    await connection.StopAsync(CancellationToken.None);
                }

                _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private async Task RegisterAfterReconnectAsync(HubConnection connection)
    {
        try
        {
            await RegisterAsync(connection, CancellationToken.None);
        }
        catch (Exception)
        {
            // Logged where it failed; the closed connection sends the connect loop round again.
        }
    }

    /// <summary>
    /// Tells the API who this is and which runs it still has, then lets the outbox send again from
    /// the last acknowledged bridgeSeq of each run. A refusal closes the connection, so the
    /// connect loop tries again later.
    /// </summary>
    private async Task RegisterAsync(HubConnection connection, CancellationToken cancellationToken)
    {
        var cli = await cliLocator.GetAsync();
        var request = new ConnectBridgeRequest(
            options.Value.Name,
            BridgeStatusReporter.BridgeVersion,
            cli.Version,
            workspaceRoots.Configured,
            outbox.ActiveRuns(),
            cli.Path,
            cliOptions.Value.ConfigDir is { Length: > 0 } configDir ? Path.GetFullPath(configDir) : null);
        try
        {
            var result = await new BridgeHubProxy(connection, cancellationToken).Connect(request);
            logger.LogInformation("Connected to the API as bridge {BridgeId} ({Name}) with {RunCount} unfinished runs", result.BridgeId, request.Name, request.ActiveRuns.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The API refused bridge:connect");
            await connection.StopAsync(CancellationToken.None);
            throw;
        }

        outbox.Rewind();
        _registered = true;
    }
}
