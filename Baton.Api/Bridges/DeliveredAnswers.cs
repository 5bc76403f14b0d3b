using Baton.Api.Data;
using Npgsql;

namespace Baton.Api.Bridges;

/// <summary>
/// Marks a permission answer delivered once its bridge acknowledged it, so no pass sends it again. The mark is a hint,
/// not a record: lost in a crash, it only lets a pass send the answer once more, which the bridge applies once. So it is
/// committed without waiting for the write-ahead log's flush, which would otherwise queue the next prompt's commit behind
/// it: one round trip on a relay connection (<see cref="RelayConnections"/>).
/// </summary>
public sealed class DeliveredAnswers(RelayConnections connections, TimeProvider time)
{
    private const string MarkDelivered = "UPDATE interactive_prompts SET delivered_to_bridge_at = $1 WHERE id = $2";

    public async Task MarkAsync(Guid promptId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN"),
                new NpgsqlBatchCommand("SET LOCAL synchronous_commit TO OFF"),
                new NpgsqlBatchCommand(MarkDelivered)
                {
                    Parameters = { new NpgsqlParameter<DateTimeOffset> { TypedValue = time.GetStoredUtcNow() }, new NpgsqlParameter<Guid> { TypedValue = promptId } },
                },
                new NpgsqlBatchCommand("COMMIT"),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
