namespace Baton.Api.Endpoints.Bridges;

public sealed record CreateBridgeRequest(string Name);
