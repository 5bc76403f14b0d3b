using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Baton.Api.Push;

/// <summary>
/// The VAPID key pair, from the configured private key alone: the public key is derived, so a
/// deployment keeps one secret. Browsers subscribe with the public key (their "application server key").
/// </summary>
public sealed class VapidKeys
{
    public VapidKeys(IOptions<PushOptions> options)
    {
        if (options.Value.VapidPrivateKey is not { Length: > 0 } privateKey)
        {
            return;
        }

        using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = Base64Url.DecodeFromChars(privateKey) });
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        // The uncompressed point (0x04, X, Y): the form PushManager.subscribe and VAPID's "k" take.
        PublicKey = Base64Url.EncodeToString([0x04, .. point.X!, .. point.Y!]);
        PrivateKey = privateKey;
    }

    public string? PublicKey { get; }

    public string? PrivateKey { get; }

    public bool AreConfigured => PublicKey is not null;
}
