namespace Baton.Api.Endpoints.Push;

/// <summary>The VAPID public key a browser subscribes with (base64url, an uncompressed P-256 point).</summary>
public sealed record PushKeyResponse(string PublicKey);
