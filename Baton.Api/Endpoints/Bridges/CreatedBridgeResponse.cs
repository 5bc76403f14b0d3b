namespace Baton.Api.Endpoints.Bridges;

/// <summary>A new bridge with its token: shown this once, only its hash is kept.</summary>
public sealed record CreatedBridgeResponse(Guid Id, string Name, string Token, DateTimeOffset CreatedAt);
