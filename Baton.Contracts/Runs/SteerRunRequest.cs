namespace Baton.Contracts.Runs;

/// <summary><c>claude:steer</c>: the person's message, written to the running CLI's input during the run.</summary>
public sealed record SteerRunRequest(Guid RequestId, string Content);
