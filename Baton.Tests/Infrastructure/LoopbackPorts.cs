using System.Net;
using System.Net.Sockets;

namespace Baton.Tests.Infrastructure;

public static class LoopbackPorts
{
    /// <summary>A loopback port no one listens on now, for a process a test starts itself.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
