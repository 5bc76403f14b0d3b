using System.Buffers.Text;
using System.Security.Cryptography;
using Aspire.Hosting.Publishing;

namespace Baton.AppHost;

/// <summary>
/// A new Web Push (VAPID) private key for a local run, kept in the AppHost's user secrets like the other
/// generated secrets so browsers' subscriptions survive restarts. A deployment is asked for its key instead.
/// </summary>
public sealed class GeneratedVapidKey : ParameterDefault
{
    public override string GetDefaultValue()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Base64Url.EncodeToString(key.ExportParameters(includePrivateParameters: true).D);
    }

    public override void WriteToManifest(ManifestPublishingContext context) =>
        throw new NotSupportedException("A deployment is asked for its VAPID key; none is generated into the manifest.");
}
