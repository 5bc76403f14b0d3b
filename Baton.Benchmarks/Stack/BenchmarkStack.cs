using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Baton.Benchmarks.Stack;

/// <summary>
/// The Baton under test: either one already running (two API addresses given), or one started
/// here through the AppHost with two API instances on local PostgreSQL and Redis.
/// </summary>
public sealed class BenchmarkStack : IAsyncDisposable
{
    private const string ApiProcessName = "Baton.Api";

    private readonly DistributedApplication? _app;
    private readonly string? _dataRoot;

    private BenchmarkStack(Uri api, Uri api2, string? database, DistributedApplication? app, string? dataRoot)
    {
        Api = api;
        Api2 = api2;
        DatabaseConnectionString = database;
        _app = app;
        _dataRoot = dataRoot;
    }

    /// <summary>Where the simulated browsers connect.</summary>
    public Uri Api { get; }

    /// <summary>Where the simulated bridges connect: another instance, so every event crosses the backplane.</summary>
    public Uri Api2 { get; }

    /// <summary>Baton's database, where the search level stores its history; null when not given.</summary>
    public string? DatabaseConnectionString { get; }

    /// <summary>The API processes on this machine, for CPU time and working set.</summary>
    public static Process[] ApiProcesses() => Process.GetProcessesByName(ApiProcessName);

    public static async Task<BenchmarkStack> StartAsync(BenchmarkOptions options)
    {
        if (options.Api is not null)
        {
            return new BenchmarkStack(options.Api, options.Api2 ?? options.Api, options.Database, null, null);
        }

        var dataRoot = Path.Combine("/var/tmp", $"baton-benchmark-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataRoot);
        Console.WriteLine($"Starting Baton through the AppHost (two API instances{(options.LoadBalancer ? " behind a load balancer" : "")}, local PostgreSQL and Redis)...");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Baton_AppHost>(
        [
            "--Baton:WithFrontend=false",
            "--Baton:WithBridge=false",
            "--Baton:SecondApi=true",
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
        await app.ResourceNotifications.WaitForResourceHealthyAsync("api", timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("api2", timeout.Token);
        var database = await app.GetConnectionStringAsync("baton", timeout.Token);
        if (options.LoadBalancer)
        {
            // Browsers and bridges both dial the proxy, which spreads them over the two instances.
            await app.ResourceNotifications.WaitForResourceHealthyAsync("loadbalancer", timeout.Token);
            var loadBalancer = app.GetEndpoint("loadbalancer", "http");
            return new BenchmarkStack(loadBalancer, loadBalancer, database, app, dataRoot);
        }

        return new BenchmarkStack(app.GetEndpoint("api", "http"), app.GetEndpoint("api2", "http"), database, app, dataRoot);
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
