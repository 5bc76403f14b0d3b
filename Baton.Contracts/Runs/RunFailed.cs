namespace Baton.Contracts.Runs;

/// <summary><c>claude:error</c>: the CLI could not work; <paramref name="Code"/> is one of the error codes.</summary>
public sealed record RunFailed(Guid RequestId, long BridgeSeq, string Code, string Message, string? StderrTail) : RunItem(BridgeSeq);
