using System.Data.Common;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Api.Search;

/// <summary>
/// Full-text search over the messages a person owns, through the index the <c>MessageSearch</c>
/// migration keeps: the query is read as a person types into a search box (words, "phrases", -not,
/// or), and only the page of hits gets a snippet.
/// </summary>
public sealed class MessageSearch(BatonDbContext db)
{
    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    public async Task<IReadOnlyList<SearchHit>> FindAsync(Guid ownerId, string text, SearchOrder order, int limit, CancellationToken cancellationToken)
    {
        var orderBy = order == SearchOrder.Best ? "hits.rank DESC, hits.created_at DESC" : "hits.created_at DESC, hits.position DESC";
        var sql = $"""
            WITH query AS (SELECT websearch_to_tsquery('{MessageSearchSql.Language}', @text) AS q),
            hits AS (
                SELECT * FROM (SELECT m.id, m.conversation_id, m.role, m.created_at, m.position, ts_rank_cd(m.search_vector, query.q) AS rank
                FROM messages m JOIN conversations c ON c.id = m.conversation_id, query
                WHERE c.owner_id = @owner AND m.search_vector @@ query.q) AS hits
                ORDER BY {orderBy}
                LIMIT @limit)
            SELECT hits.id, hits.conversation_id, c.title, c.project_id, p.name, hits.role, hits.created_at,
                ts_headline('{MessageSearchSql.Language}', message_search_text(m.content, false), query.q, @options)
            FROM hits
                JOIN messages m ON m.id = hits.id
                JOIN conversations c ON c.id = hits.conversation_id
                JOIN projects p ON p.id = c.project_id, query
            ORDER BY {orderBy}
            """;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter<string>("text", text));
            command.Parameters.Add(new NpgsqlParameter<Guid>("owner", ownerId));
            command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
            command.Parameters.Add(new NpgsqlParameter<string>("options", HeadlineOptions));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var hits = new List<SearchHit>(limit);
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(Read(reader));
            }

            return hits;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static SearchHit Read(DbDataReader reader) => new(
        MessageId: reader.GetGuid(0),
        ConversationId: reader.GetGuid(1),
        ConversationTitle: reader.GetString(2),
        ProjectId: reader.GetGuid(3),
        ProjectName: reader.GetString(4),
        Role: Enum.Parse<MessageRole>(reader.GetString(5)),
        CreatedAt: reader.GetFieldValue<DateTimeOffset>(6),
        Snippet: SnippetPart.Parse(reader.GetString(7)));
}
