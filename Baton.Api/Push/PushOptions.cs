namespace Baton.Api.Push;

/// <summary>Web Push: the VAPID key that signs every push, and who may be pushed to.</summary>
public sealed class PushOptions
{
    public const string SectionName = "Push";

    /// <summary>
    /// The VAPID private key: a P-256 scalar, 32 bytes in base64url (the AppHost's <c>vapid-private-key</c>
    /// parameter). Without it Baton sends no push, and the web app offers none.
    /// </summary>
    public string? VapidPrivateKey { get; set; }

    /// <summary>Who runs this Baton, for the push services (RFC 8292): a <c>mailto:</c> or <c>https:</c> address.</summary>
    public string Subject { get; set; } = "mailto:you@baton.local";

    /// <summary>Tests receive pushes on loopback; everyone else accepts only https endpoints on public hosts.</summary>
    public bool AllowLoopbackEndpoints { get; set; }

    /// <summary>How long a tab's "I show this conversation" counts without being said again.</summary>
    public TimeSpan ViewingLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
