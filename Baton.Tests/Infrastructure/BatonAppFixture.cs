using System.Diagnostics;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// Starts the whole AppHost once per test collection, with real PostgreSQL and Redis running
/// as local processes, fresh data and workspace folders, and known secrets. Derived fixtures
/// choose which parts run.
/// </summary>
public abstract class BatonAppFixture(BatonAppOptions options) : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>What an API logs once its database is migrated and seeded, the last step of its start.</summary>
    public const string ApiStartEndsWith = "Database ready";

    private static readonly TimeSpan HealthPollInterval = TimeSpan.FromMilliseconds(250);

    private readonly string _dataRoot = TestFolders.CreateShared("data");

    public BatonAppOptions Options { get; } = options;

    public string WorkspaceRoot { get; } = TestFolders.CreateShared("workspace");

    /// <summary>The bridge's CLI configuration folder: the transcripts of the tests' sessions stay out of the person's own.</summary>
    public string CliConfigDir { get; } = TestFolders.CreateShared("claude-config");

    public string SeedEmail => "seed@baton.test";

    public string SeedPassword => "Seed-password-1";

    public string BridgeToken { get; } = "bridge-" + Guid.NewGuid().ToString("N");

    public string SigningKey { get; } = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());

    public ResourceLogCollector Logs { get; } = new();

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>What each resource had logged when the app had started, before any test ran.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> StartLogs { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public HttpClient CreateHttpClient(string resourceName) => App.CreateHttpClient(resourceName);

    public Uri GetEndpoint(string resourceName) => App.GetEndpoint(resourceName, "http");

    /// <summary>The port the service itself listens on, behind the orchestrator's proxy (which stays open when the service dies).</summary>
    public int GetServicePort(string resourceName)
    {
        if (!App.ResourceNotifications.TryGetCurrentState(resourceName, out var resource)
            || resource.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "ASPNETCORE_URLS")?.Value is not { } urls)
        {
            throw new InvalidOperationException($"The orchestrator reports no ASPNETCORE_URLS for '{resourceName}'.");
        }

        return new Uri(urls.Split(';')[0]).Port;
    }

    public ValueTask<string?> GetConnectionStringAsync(string resourceName) => App.GetConnectionStringAsync(resourceName);

    /// <summary>Waits, bounded, until the orchestrator's own health probes see the resource in that state.</summary>
    public Task WaitForHealthStatusAsync(string resourceName, HealthStatus status, TimeSpan timeout) =>
        App.ResourceNotifications.WaitForResourceAsync(resourceName, resourceEvent => resourceEvent.Snapshot.HealthStatus == status).WaitAsync(timeout);

    /// <summary>
    /// Waits, asking the service's own <c>/health</c> again and again (as a load balancer's probe does), until it answers
    /// with <paramref name="status"/>. The orchestrator probes a healthy service only every 30 s, so waiting for it to
    /// see one turn unhealthy costs a test up to half a minute.
    /// </summary>
    public async Task WaitForHealthAnswerAsync(string resourceName, HttpStatusCode status, TimeSpan timeout)
    {
        using var client = CreateHttpClient(resourceName);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        for (var answered = "nothing yet"; ; await Task.Delay(HealthPollInterval))
        {
            try
            {
                using var response = await client.GetAsync(Extensions.HealthEndpointPath);
                if (response.StatusCode == status)
                {
                    return;
                }

                answered = response.StatusCode.ToString();
            }
            catch (HttpRequestException refused)
            {
                answered = refused.Message;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"'{resourceName}' /health did not answer {status} within {timeout}; its last answer: {answered}.{Environment.NewLine}{Logs.Tail(resourceName)}");
            }
        }
    }

    /// <summary>
    /// Starts a resource whose processes a test killed, once the orchestrator has seen it end, and
    /// waits until it runs and its health probe passes again.
    /// </summary>
    public async Task StartAgainAsync(string resourceName, TimeSpan timeout)
    {
        await App.ResourceNotifications.WaitForResourceAsync(resourceName, KnownResourceStates.TerminalStates).WaitAsync(timeout);
        await ExecuteResourceCommandAsync(resourceName, KnownResourceCommands.StartCommand);
        await App.ResourceNotifications.WaitForResourceAsync(resourceName, resourceEvent =>
            resourceEvent.Snapshot.State?.Text == KnownResourceStates.Running && resourceEvent.Snapshot.HealthStatus == HealthStatus.Healthy).WaitAsync(timeout);
    }

    /// <summary>Whatever a fault did to the resource, it runs and is healthy again, e.g. before the next test.</summary>
    public async Task EnsureRunningAsync(string resourceName, TimeSpan timeout)
    {
        if (App.ResourceNotifications.TryGetCurrentState(resourceName, out var resource)
            && KnownResourceStates.TerminalStates.Contains(resource.Snapshot.State?.Text))
        {
            await ExecuteResourceCommandAsync(resourceName, KnownResourceCommands.StartCommand);
        }

        await WaitForHealthStatusAsync(resourceName, HealthStatus.Healthy, timeout);
    }

    /// <summary>The last log lines of each service named, to end a failure message with.</summary>
    public string TailOf(params string[] resourceNames) => string.Join(Environment.NewLine,
        resourceNames.Select(name => $"--- {name} ---{Environment.NewLine}{Logs.Tail(name)}"));

    public async Task ExecuteResourceCommandAsync(string resourceName, string commandName)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resourceName, commandName).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(result.Success, $"'{commandName}' on '{resourceName}' failed: {result.Message}{Environment.NewLine}{Logs.Tail(resourceName)}");
    }

    public async Task InitializeAsync()
    {
        string[] args =
        [
            $"--Baton:WithFrontend={Options.WithFrontend}",
            $"--Baton:WithBridge={Options.WithBridge}",
            $"--Baton:SecondApi={Options.SecondApi}",
            $"--Baton:LoadBalancer={Options.LoadBalancer}",
            $"--Baton:Demo={Options.Demo}",
            $"--Baton:DataRoot={_dataRoot}",
            $"--Baton:WorkspaceRoot={WorkspaceRoot}",
            $"--Baton:CliConfigDir={CliConfigDir}",
            $"--Parameters:jwt-signing-key={SigningKey}",
            $"--Parameters:seed-email={SeedEmail}",
            $"--Parameters:seed-password={SeedPassword}",
            $"--Parameters:bridge-token={BridgeToken}",
            // Disposing would otherwise wait ~13 s per service for a stop signal `dotnet run` never forwards.
            "--DcpPublisher:WaitForResourceCleanup=false",
            // The tests' own push service listens on loopback.
            "--Baton:PushAllowLoopback=true",
            .. Options.DurableStorage is { } durable ? [$"--Baton:DurableStorage={durable}"] : Array.Empty<string>(),
            .. Options.BridgeReconnectGrace is { } grace ? [$"--Baton:BridgeReconnectGrace={grace:c}"] : Array.Empty<string>(),
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Baton_AppHost>(args);
        builder.Services.AddLogging(logging => logging.AddProvider(Logs));
        App = await builder.BuildAsync();

        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await App.StartAsync(timeout.Token);
            await Task.WhenAll(Options.ResourcesToAwait().Select(name =>
                App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token)));
            // An API reports healthy as it logs its start's last line, and the orchestrator forwards logs later still.
            await Task.WhenAll(Options.ApiInstances().Select(name =>
                Logs.WaitForLineAsync(name, line => line.Contains(ApiStartEndsWith, StringComparison.Ordinal)).WaitAsync(timeout.Token)));
            StartLogs = Options.ResourcesToAwait().ToDictionary(name => name, Logs.Lines);
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException(
                $"Baton did not become healthy within {StartTimeout}.{Environment.NewLine}{Logs.Describe()}", exception);
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        TestFolders.TryDelete(_dataRoot);
        TestFolders.TryDelete(WorkspaceRoot);
        TestFolders.TryDelete(CliConfigDir);
    }
}
