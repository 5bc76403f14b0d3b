using System.Buffers.Text;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Baton.Api.Auth;
using Microsoft.Extensions.Options;

namespace Baton.Api.Push;

/// <summary>
/// The token a permission notification carries, so its Allow and Deny buttons can answer without the
/// page's sign-in: it names one prompt and its owner, expires with the prompt, and is signed with a key
/// derived from the token signing key (so it opens nothing else). A service worker has no hub connection.
/// </summary>
public sealed class PromptAnswerTokens(IOptions<AuthOptions> auth, TimeProvider time)
{
    private const int PayloadLength = 16 + 16 + 8;
    private readonly byte[] key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(auth.Value.SigningKey), "baton prompt answer"u8);

    public string Issue(Guid promptId, Guid userId, DateTimeOffset expiresAt)
    {
        var payload = new byte[PayloadLength];
        promptId.TryWriteBytes(payload.AsSpan(0, 16));
        userId.TryWriteBytes(payload.AsSpan(16, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(32), expiresAt.ToUnixTimeSeconds());
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The prompt and user a token names, or null when it is malformed, forged or expired.</summary>
    public (Guid PromptId, Guid UserId)? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || !TryDecode(parts[0], PayloadLength, out var payload) || !TryDecode(parts[1], 32, out var signature)
            || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature))
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(32)));
        return expiresAt <= time.GetUtcNow() ? null : (new Guid(payload.AsSpan(0, 16)), new Guid(payload.AsSpan(16, 16)));
    }

    private static bool TryDecode(string text, int length, out byte[] bytes)
    {
        bytes = new byte[length];
        return Base64Url.IsValid(text, out var decodedLength) && decodedLength == length
            && Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == length;
    }
}
