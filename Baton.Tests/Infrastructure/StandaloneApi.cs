using System.Diagnostics;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// An API instance a test starts itself, from a build or publish folder, on a fixture's PostgreSQL
/// and Redis: for settings the fixture's instances do not have, or for a published build.
/// </summary>
public sealed class StandaloneApi : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly RunningProcess _process;

    private StandaloneApi(RunningProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output => _process.Output;

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Starts the instance and returns once it listens and its database is ready.</summary>
    /// <param name="app">The started app whose stores and signing key the instance shares.</param>
    /// <param name="folder">A folder holding <c>Baton.Api.dll</c>: the build output or a publish folder.</param>
    /// <param name="settings">Configuration as environment variables (<c>Section__Key</c>).</param>
    public static async Task<StandaloneApi> StartAsync(BatonAppFixture app, string folder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Baton.Api.dll"), "--urls", baseAddress.ToString()])
        {
            WorkingDirectory = folder,
        };
        startInfo.Environment["ConnectionStrings__baton"] = await app.GetConnectionStringAsync("baton");
        startInfo.Environment["ConnectionStrings__redis"] = await app.GetConnectionStringAsync("redis");
        startInfo.Environment["Auth__SigningKey"] = app.SigningKey;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        var process = RunningProcess.Start(startInfo);
        try
        {
            await process.WaitForOutputAsync("Now listening on", StartTimeout);
            // Migrations done: from here /health answers Healthy, as a platform's readiness probe waits for.
            await process.WaitForOutputAsync("Database ready", StartTimeout);
        }
        catch
        {
            process.Dispose();
            throw;
        }

        return new StandaloneApi(process, baseAddress);
    }

    public void Dispose() => _process.Dispose();
}
