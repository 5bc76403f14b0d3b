namespace Baton.Api.Endpoints.Bridges;

public sealed record BridgeResponse(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastSeenAt, bool Online);
