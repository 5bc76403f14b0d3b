using System.Net;
using System.Net.Sockets;

namespace Baton.Api.Push;

/// <summary>
/// A push endpoint comes from a browser, and Baton would call whatever it is given: only https on a public
/// host is accepted, checked when a browser subscribes and again on the address each push connects to
/// (a public name can resolve to a private address). Tests may allow loopback.
/// </summary>
public static class PushEndpointPolicy
{
    public static string? Refusal(string endpoint, bool allowLoopback)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return "The push endpoint is not an absolute URL.";
        }

        if (allowLoopback && IsLoopbackHost(uri))
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return "The push endpoint must use https.";
        }

        if (uri.HostNameType == UriHostNameType.Dns && !uri.Host.Contains('.', StringComparison.Ordinal)
            || uri.Host.EndsWith(".local", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase)
            || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) && !IsPublic(literal))
        {
            return "The push endpoint must be on a public host.";
        }

        return null;
    }

    public static bool MayConnect(IPAddress address, bool allowLoopback) =>
        IsPublic(address) || allowLoopback && IPAddress.IsLoopback(address);

    private static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback && (uri.HostNameType != UriHostNameType.Dns || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));

    private static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            // Link-local, site-local and unique local (fc00::/7) addresses stay inside a network.
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (first & 0xFE) == 0xFC || address.IsIPv6Multicast);
        }

        var bytes = address.GetAddressBytes();
        return bytes[0] switch
        {
            0 or 10 or 127 => false,
            100 => bytes[1] is < 64 or > 127, // 100.64.0.0/10, carrier-grade NAT
            169 => bytes[1] != 254, // link-local, where cloud metadata services answer
            172 => bytes[1] is < 16 or > 31,
            192 => bytes[1] != 168,
            >= 224 => false, // multicast and reserved
            _ => true,
        };
    }
}
