using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Baton.Benchmarks.Peer;

/// <summary>
/// The peer relay running from its installed copy (<see cref="PeerCopy"/>), storing its events in batches in the given
/// PostgreSQL database. Disposing stops it.
/// </summary>
public sealed class PeerRelay : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _server;

    private PeerRelay(string folder, Process server, int port)
    {
        Folder = folder;
        _server = server;
        Address = new Uri($"ws://127.0.0.1:{port}");
    }

    /// <summary>The installed copy, where the load generator runs too.</summary>
    public string Folder { get; }

    public Uri Address { get; }

    public int ProcessId => _server.Id;

    public static async Task<PeerRelay> StartAsync(PeerCopy copy, string databaseUrl)
    {
        var folder = copy.Folder;
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
