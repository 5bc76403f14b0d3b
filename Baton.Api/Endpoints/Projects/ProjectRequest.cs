namespace Baton.Api.Endpoints.Projects;

/// <summary>A project to create, or the new state of one: its name, its folder on the bridge's machine, and that bridge.</summary>
public sealed record ProjectRequest(string Name, string RootDirectory, Guid BridgeId);
