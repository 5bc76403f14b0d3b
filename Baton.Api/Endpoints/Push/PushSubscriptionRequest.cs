namespace Baton.Api.Endpoints.Push;

/// <summary>A browser's push subscription, as <c>PushSubscription.toJSON()</c> gives it.</summary>
public sealed record PushSubscriptionRequest(string? Endpoint, PushSubscriptionKeys? Keys);

/// <summary>The browser's public key (<c>p256dh</c>) and shared secret (<c>auth</c>), both base64url.</summary>
public sealed record PushSubscriptionKeys(string? P256dh, string? Auth);
