using System.Data.Common;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Api.Usage;

/// <summary>
/// Adds up what a person's finished runs used, in PostgreSQL, from the figures each answer stores
/// when its run completes (<c>messages.usage</c>, the CLI's token counts, and <c>messages.cost_usd</c>).
/// A run that failed or was stopped stored none and counts for nothing.
/// </summary>
public sealed class UsageLedger(BatonDbContext db)
{
    /// <summary>The columns every query below selects, in this order (read back by <c>ReadFigures</c>).</summary>
    private const string Figures = """
        count(*)::int,
        coalesce(sum(coalesce((m.usage->>'input_tokens')::numeric, 0)
            + coalesce((m.usage->>'cache_creation_input_tokens')::numeric, 0)
            + coalesce((m.usage->>'cache_read_input_tokens')::numeric, 0)), 0)::bigint,
        coalesce(sum(coalesce((m.usage->>'output_tokens')::numeric, 0)), 0)::bigint,
        coalesce(sum(m.cost_usd), 0)
        """;

    private const string FromAnswers = "FROM messages m JOIN conversations c ON c.id = m.conversation_id";

    /// <summary>The owner's answers with usage, from the start of the first of the last <c>@days</c> days in <c>@zone</c>.</summary>
    private const string InPeriod = """
        WHERE c.owner_id = @owner AND m.role = @role AND m.usage IS NOT NULL
            AND m.created_at >= (date_trunc('day', now() AT TIME ZONE @zone) - (@days - 1) * interval '1 day') AT TIME ZONE @zone
        """;

    public async Task<UsageReport> ReportAsync(Guid ownerId, int days, string timeZone, CancellationToken cancellationToken)
    {
        var parameters = new Func<NpgsqlParameter>[]
        {
            () => new NpgsqlParameter<Guid>("owner", ownerId),
            () => new NpgsqlParameter<string>("role", nameof(MessageRole.Assistant)),
            () => new NpgsqlParameter<string>("zone", timeZone),
            () => new NpgsqlParameter<int>("days", days),
        };
        var total = await QueryAsync($"SELECT {Figures} {FromAnswers} {InPeriod}", parameters, ReadFigures, cancellationToken);
        var byDay = await QueryAsync(
            $"SELECT (m.created_at AT TIME ZONE @zone)::date AS day, {Figures} {FromAnswers} {InPeriod} GROUP BY day ORDER BY day DESC",
            parameters,
            reader => new DailyUsage(reader.GetFieldValue<DateOnly>(0), ReadFigures(reader, 1)),
            cancellationToken);
        var byProject = await QueryAsync(
            $"SELECT p.id, p.name, {Figures} {FromAnswers} JOIN projects p ON p.id = c.project_id {InPeriod} GROUP BY p.id, p.name ORDER BY 6 DESC, p.name",
            parameters,
            reader => new ProjectUsage(reader.GetGuid(0), reader.GetString(1), ReadFigures(reader, 2)),
            cancellationToken);
        return new UsageReport(days, timeZone, total.SingleOrDefault() ?? UsageFigures.None, byDay, byProject);
    }

    /// <summary>Everything a conversation's runs used; null when it is not the owner's.</summary>
    public async Task<UsageFigures?> ForConversationAsync(Guid ownerId, Guid conversationId, CancellationToken cancellationToken)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId && c.OwnerId == ownerId, cancellationToken))
        {
            return null;
        }

        var figures = await QueryAsync(
            $"SELECT {Figures} FROM messages m WHERE m.conversation_id = @conversation AND m.role = @role AND m.usage IS NOT NULL",
            [
                () => new NpgsqlParameter<Guid>("conversation", conversationId),
                () => new NpgsqlParameter<string>("role", nameof(MessageRole.Assistant)),
            ],
            ReadFigures,
            cancellationToken);
        return figures.Single();
    }

    private static UsageFigures ReadFigures(DbDataReader reader) => ReadFigures(reader, 0);

    private static UsageFigures ReadFigures(DbDataReader reader, int first) => new(
        reader.GetInt32(first),
        reader.GetInt64(first + 1),
        reader.GetInt64(first + 2),
        reader.GetDecimal(first + 3));

    private async Task<List<T>> QueryAsync<T>(string sql, IEnumerable<Func<NpgsqlParameter>> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddRange(parameters.Select(parameter => parameter()).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
