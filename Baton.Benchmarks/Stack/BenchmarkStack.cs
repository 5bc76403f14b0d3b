using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Baton.Benchmarks.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Baton.Benchmarks.Stack;

/// <summary>
/// The Baton under test: either one already running (API addresses given), or one started here
/// through the AppHost with one or two API instances on local PostgreSQL and Redis.
/// </summary>
public sealed class BenchmarkStack : IAsyncDisposable
{
    private const string ApiProcessName = "Baton.Api";

    // The orchestrator reports the process it started for each resource under this property.
    private const string ProcessIdProperty = "executable.pid";

    private readonly DistributedApplication? _app;
    private readonly string? _dataRoot;

    private BenchmarkStack(Uri api, Uri api2, string? database, MeasuredProcesses processes, DistributedApplication? app, string? dataRoot)
    {
        Api = api;
        Api2 = api2;
        DatabaseConnectionString = database;
        Processes = processes;
        _app = app;
        _dataRoot = dataRoot;
    }

    /// <summary>Where the simulated browsers connect.</summary>
    public Uri Api { get; }

    /// <summary>
    /// Where the simulated bridges connect: with two instances the other one, so every event
    /// crosses the backplane; with one, the same as <see cref="Api"/>.
    /// </summary>
    public Uri Api2 { get; }

    /// <summary>Baton's database, where the search level stores its history; null when not given.</summary>
    public string? DatabaseConnectionString { get; }

    /// <summary>
    /// This Baton's API, PostgreSQL and Redis processes. A Baton started elsewhere is known only
    /// by its API processes' name, so there every Baton API on the machine counts and the stores do not.
    /// </summary>
    public MeasuredProcesses Processes { get; }

    /// <summary>The API processes, for working set.</summary>
    public Process[] ApiProcesses() => [.. Processes.RelayPids().Select(Process.GetProcessById)];

    public static async Task<BenchmarkStack> StartAsync(BenchmarkOptions options)
    {
        if (options.Api is not null)
        {
            // Every process descends from init, so the tree below it is every Baton API on the machine.
            var everyApi = new MeasuredProcesses([1], ApiProcessName, null, null);
            return new BenchmarkStack(options.Api, options.Api2 ?? options.Api, options.Database, everyApi, null, null);
        }

        var twoInstances = options.Instances == 2;
        var dataRoot = Path.Combine("/var/tmp", $"baton-benchmark-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataRoot);
        Console.WriteLine($"Starting Baton through the AppHost ({(twoInstances ? "two API instances" : "one API instance")}{(options.LoadBalancer ? " behind a load balancer" : "")}, local PostgreSQL and Redis)...");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Baton_AppHost>(
        [
            "--Baton:WithFrontend=false",
            "--Baton:WithBridge=false",
            $"--Baton:SecondApi={twoInstances}",
            $"--Baton:LoadBalancer={options.LoadBalancer}",
            $"--Baton:DataRoot={dataRoot}",
            $"--Baton:WorkspaceRoot={Path.Combine(dataRoot, "workspace")}",
            "--Parameters:jwt-signing-key=" + Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray()),
            "--Parameters:seed-password=Benchmark-password-1",
            "--Parameters:bridge-token=benchmark-" + Guid.NewGuid().ToString("N"),
            "--DcpPublisher:WaitForResourceCleanup=false",
        ]);
        // The services' own logs would drown the table; failures still show as warnings.
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await app.StartAsync(timeout.Token);
        string[] apis = twoInstances ? ["api", "api2"] : ["api"];
        foreach (var api in apis)
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(api, timeout.Token);
        }

        var database = await app.GetConnectionStringAsync("baton", timeout.Token);
        // Each API resource is a launcher whose child is the API itself; PostgreSQL and Redis are the servers.
        var processes = new MeasuredProcesses(
            await Task.WhenAll(apis.Select(api => ProcessIdAsync(app, api, timeout.Token))),
            ApiProcessName,
            await ProcessIdAsync(app, "postgres", timeout.Token),
            await ProcessIdAsync(app, "redis", timeout.Token));
        if (processes.RelayPids().Count != apis.Length)
        {
            // Without them every CPU figure would be silently zero.
            throw new InvalidOperationException($"Found {processes.RelayPids().Count} {ApiProcessName} processes below the API resources, not {apis.Length}.");
        }

        if (options.LoadBalancer)
        {
            // Browsers and bridges both dial the proxy, which spreads them over the two instances.
            await app.ResourceNotifications.WaitForResourceHealthyAsync("loadbalancer", timeout.Token);
            var loadBalancer = app.GetEndpoint("loadbalancer", "http");
            return new BenchmarkStack(loadBalancer, loadBalancer, database, processes, app, dataRoot);
        }

        var api2 = twoInstances ? app.GetEndpoint("api2", "http") : app.GetEndpoint("api", "http");
        return new BenchmarkStack(app.GetEndpoint("api", "http"), api2, database, processes, app, dataRoot);
    }

    private static async Task<int> ProcessIdAsync(DistributedApplication app, string resource, CancellationToken cancellationToken)
    {
        var running = await app.ResourceNotifications.WaitForResourceAsync(
            resource, resourceEvent => resourceEvent.Snapshot.Properties.Any(property => property.Name == ProcessIdProperty), cancellationToken);
        return Convert.ToInt32(running.Snapshot.Properties.First(property => property.Name == ProcessIdProperty).Value);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_dataRoot is not null)
        {
            try
            {
                Directory.Delete(_dataRoot, recursive: true);
            }
            catch (IOException)
            {
                // The stores may still be shutting down; the folder is below /var/tmp.
            }
        }
    }
}
