using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Baton.Benchmarks.Peer;

/// <summary>
/// The peer relay running from a private copy of its folder (its packages installed there with
/// <c>npm ci</c>, nothing written to the original), storing its events in batches in the given
/// PostgreSQL database. Disposing stops it and removes the copy.
/// </summary>
public sealed class PeerRelay : IAsyncDisposable
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _server;

    private PeerRelay(string folder, Process server, int port)
    {
        Folder = folder;
        _server = server;
        Address = new Uri($"ws://127.0.0.1:{port}");
    }

    /// <summary>The private copy, where the load generator runs too.</summary>
    public string Folder { get; }

    public Uri Address { get; }

    public int ProcessId => _server.Id;

    public static async Task<PeerRelay> StartAsync(string sourceFolder, string databaseUrl)
    {
        var folder = Directory.CreateTempSubdirectory("baton-benchmark-peer-").FullName;
        CopyWithoutPackages(sourceFolder, folder);
        Console.WriteLine($"Installing the peer relay's packages in a copy of {sourceFolder}...");
        await ChildProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, InstallTimeout);

        var port = FreePort();
        // "batch": one multi-row insert every few milliseconds, the peer's strong form; an event is emitted only once stored.
        var server = ChildProcess.Start("node", [PeerShape.Server, port.ToString(), databaseUrl, "batch"], folder);
        var relay = new PeerRelay(folder, server, port);
        try
        {
            await relay.WaitUntilListeningAsync();
        }
        catch
        {
            await relay.DisposeAsync();
            throw;
        }

        return relay;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>The server prints one line once its table is ready and it listens.</summary>
    private async Task WaitUntilListeningAsync()
    {
        _server.StandardInput.Close();
        var error = _server.StandardError.ReadToEndAsync();
        var line = await _server.StandardOutput.ReadLineAsync().WaitAsync(ReadyTimeout);
        if (line is null || !line.StartsWith("peer relay on", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The peer relay did not start: {line}{await error.WaitAsync(ReadyTimeout)}");
        }

        // Keep draining its output so a full pipe never blocks it.
        _ = _server.StandardOutput.ReadToEndAsync();
    }

    private static void CopyWithoutPackages(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => Path.GetFileName(folder) != "node_modules"))
        {
            var copy = Path.Combine(destination, Path.GetFileName(folder));
            Directory.CreateDirectory(copy);
            CopyWithoutPackages(folder, copy);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
