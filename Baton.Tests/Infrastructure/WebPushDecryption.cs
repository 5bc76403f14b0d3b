using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// A browser's side of Web Push encryption (RFC 8291 with RFC 8188's aes128gcm): its key pair and auth
/// secret, given to Baton as a subscription, and the decryption of what a push service receives.
/// Written from the RFCs, so a push Baton sends is checked by a second implementation, not its own library.
/// </summary>
public sealed class WebPushDecryption : IDisposable
{
    private readonly ECDiffieHellman browserKey = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);

    public byte[] AuthSecret { get; } = RandomNumberGenerator.GetBytes(16);

    /// <summary>The browser's public key as an uncompressed point: the subscription's <c>p256dh</c>.</summary>
    public byte[] PublicKey => UncompressedPoint(browserKey.ExportParameters(includePrivateParameters: false).Q);

    public string Decrypt(byte[] body)
    {
        // The header: salt (16), record size (4), key id length (1), key id = the sender's public key.
        var salt = body.AsSpan(0, 16).ToArray();
        var recordSize = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(16, 4));
        var keyIdLength = body[20];
        var senderPublicKey = body.AsSpan(21, keyIdLength).ToArray();
        var record = body.AsSpan(21 + keyIdLength).ToArray();
        Assert.True(record.Length <= recordSize, "A push is one record.");

        using var sender = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = senderPublicKey[1..33], Y = senderPublicKey[33..65] },
        });
        var sharedSecret = browserKey.DeriveRawSecretAgreement(sender.PublicKey);
        var keyInfo = Concat(Encoding.ASCII.GetBytes("WebPush: info\0"), PublicKey, senderPublicKey);
        var inputKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, 32, AuthSecret, keyInfo);
        var contentKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, inputKey, 16, salt, Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0"));
        var nonce = HKDF.DeriveKey(HashAlgorithmName.SHA256, inputKey, 12, salt, Encoding.ASCII.GetBytes("Content-Encoding: nonce\0"));

        var plain = new byte[record.Length - 16];
        using var aes = new AesGcm(contentKey, 16);
        aes.Decrypt(nonce, record.AsSpan(0, plain.Length), record.AsSpan(plain.Length), plain);
        // The last record ends with the delimiter 2, then any padding zeros.
        var end = Array.FindLastIndex(plain, b => b != 0);
        Assert.Equal(2, plain[end]);
        return Encoding.UTF8.GetString(plain, 0, end);
    }

    public void Dispose() => browserKey.Dispose();

    private static byte[] UncompressedPoint(ECPoint point) => [0x04, .. point.X!, .. point.Y!];

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(part => part)];
}
