using System.Text.Json;

namespace Baton.Contracts.Runs;

/// <summary>One CLI stdout line, as parsed JSON, numbered in its run.</summary>
public sealed record RunLine(long BridgeSeq, JsonElement Line) : RunItem(BridgeSeq);
