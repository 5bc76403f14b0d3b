using System.Net;

namespace Baton.Api.Security;

/// <summary>Whether a request names this very machine: where plain http is acceptable (a local run).</summary>
public static class LoopbackHost
{
    public static bool Is(HostString host) =>
        string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Host, out var address) && IPAddress.IsLoopback(address));
}
