using System.Text.Json;

namespace Baton.Bridge.Cli;

/// <summary>
/// A turn's own cost from its <c>result</c> line. The CLI's <c>total_cost_usd</c> adds up over the
/// process and carries over a resumed session's earlier turns, so it is not used when the line
/// says what the turn cost (<c>model_usage_since_last_result</c>, per model); otherwise the
/// difference from the process's previous total is.
/// </summary>
public static class TurnCost
{
    /// <param name="result">The <c>result</c> line.</param>
    /// <param name="previousTotalUsd">The process's previous <c>total_cost_usd</c>; null for its first result, which then counts whole.</param>
    public static double Of(JsonElement result, double? previousTotalUsd)
    {
        if (CliJson.Property(result, "model_usage_since_last_result") is { ValueKind: JsonValueKind.Object } perModel)
        {
            return perModel.EnumerateObject().Sum(model => CliJson.Number(model.Value, "costUSD") ?? 0);
        }

        var total = CliJson.Number(result, "total_cost_usd") ?? 0;
        return Math.Max(0, total - (previousTotalUsd ?? 0));
    }
}
