namespace Baton.Api.Endpoints.Push;

/// <summary>The endpoint of the subscription this browser no longer wants.</summary>
public sealed record PushUnsubscribeRequest(string? Endpoint);
