namespace Baton.Contracts.Runs;

/// <summary>An upload the bridge downloads with its token from <c>/api/bridge/uploads/{id}</c>.</summary>
public sealed record RunAttachment(Guid Id, string Name, string MediaType, long Size);
