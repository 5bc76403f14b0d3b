using System.Net;
using System.Net.Sockets;

namespace Baton.Api.Push;

/// <summary>
/// The connections pushes go over: each resolves the push service's host itself and refuses an address
/// <see cref="PushEndpointPolicy"/> does not allow, so a name that resolves inside the network reaches nothing.
/// </summary>
public static class PushHttpHandler
{
    public static SocketsHttpHandler Create(bool allowLoopback) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.FirstOrDefault(address => PushEndpointPolicy.MayConnect(address, allowLoopback))
                ?? throw new HttpRequestException($"The push service's host {context.DnsEndPoint.Host} is not on a public address.");
            var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(allowed, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
