using Baton.Contracts.Runs;

namespace Baton.Api.Runs;

/// <summary>The items one bridge sent about one of its runs, to be stored together.</summary>
public sealed record RunWrite(Guid BridgeId, Guid RunId, IReadOnlyList<RunItem> Items);
