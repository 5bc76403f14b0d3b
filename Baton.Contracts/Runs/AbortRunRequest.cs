namespace Baton.Contracts.Runs;

/// <summary><c>claude:abort</c>, from a browser to the API and from the API to the bridge.</summary>
public sealed record AbortRunRequest(Guid RequestId);
