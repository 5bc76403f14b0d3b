using System.Security.Cryptography;
using System.Text;

namespace Baton.Api.Auth;

/// <summary>
/// Random bearer secrets (refresh and bridge tokens). Only their SHA-256 is stored: enough for
/// 256-bit random values, and lookups stay a plain indexed equality.
/// </summary>
public static class OpaqueToken
{
    public static string Create(string prefix) =>
        prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
