using Npgsql;

namespace Baton.Benchmarks.Stack;

/// <summary>
/// A large finished history stored straight into PostgreSQL for one user: conversations of runs, each
/// run a question and an answer (two messages) and five events, as the relay would have stored them.
/// Every message has words from a small vocabulary (each in several percent of messages, as common
/// words are) and one ticket number shared by few messages (as an identifier or a file name is).
/// </summary>
public static class SeededHistory
{
    public const int EventsPerRun = 5;
    public const int RunsPerConversation = 200;

    /// <summary>How many messages share one ticket number.</summary>
    public const int MessagesPerTicket = 8;

    public static readonly string[] Vocabulary =
    [
        "refactor", "billing", "module", "test", "failing", "build", "deploy", "database", "migration", "index",
        "query", "cache", "redis", "session", "token", "login", "button", "layout", "mobile", "screen",
        "render", "component", "state", "reducer", "hook", "effect", "router", "endpoint", "request", "response",
        "header", "cookie", "error", "exception", "stack", "trace", "logger", "metric", "latency", "throughput",
        "thread", "lock", "queue", "worker", "schedule", "timeout", "retry", "backoff", "parser", "lexer",
        "grammar", "compile", "bundle", "package", "version", "upgrade", "dependency", "license", "readme", "docs",
    ];

    public static async Task<(long Messages, long Events)> InsertAsync(string connectionString, Guid ownerId, Guid projectId, int events)
    {
        var conversations = Math.Max(1, events / (RunsPerConversation * EventsPerRun));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(Sql, connection, transaction) { CommandTimeout = 0 })
        {
            command.Parameters.Add(new NpgsqlParameter<Guid>("owner", ownerId));
            command.Parameters.Add(new NpgsqlParameter<Guid>("project", projectId));
            command.Parameters.Add(new NpgsqlParameter<int>("conversations", conversations));
            command.Parameters.Add(new NpgsqlParameter<int>("runs", RunsPerConversation));
            command.Parameters.Add(new NpgsqlParameter<int>("per_ticket", MessagesPerTicket));
            command.Parameters.Add(new NpgsqlParameter<string[]>("words", Vocabulary));
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE messages; ANALYZE conversation_events;", connection);
        await analyze.ExecuteNonQueryAsync();
        var runs = (long)conversations * RunsPerConversation;
        return (runs * 2, runs * EventsPerRun);
    }

    // Words are drawn per row: the generate_series reads the row's number, so PostgreSQL cannot
    // evaluate the draw once for all rows.
    private const string Sql = """
        CREATE TEMP TABLE seeded_conversations ON COMMIT DROP AS
            SELECT gen_random_uuid() AS id, n FROM generate_series(1, @conversations) AS n;
        INSERT INTO conversations (id, project_id, owner_id, title, status, permission_mode, last_seq, created_at, updated_at)
            SELECT id, @project, @owner, 'Seeded conversation ' || n, 'Active', 'Default', @runs * 5,
                now() - interval '60 days' + n * interval '1 minute', now() - interval '60 days' + n * interval '1 minute'
            FROM seeded_conversations;
        CREATE TEMP TABLE seeded_messages ON COMMIT DROP AS
            SELECT gen_random_uuid() AS id, c.id AS conversation_id, c.n AS conversation, r AS run, role,
                (c.n * @runs + r) * 2 + (role = 'Assistant')::int AS number
            FROM seeded_conversations c, generate_series(1, @runs) AS r, unnest(ARRAY['User', 'Assistant']) AS role;
        INSERT INTO messages (id, conversation_id, role, content, content_version, status, created_at, updated_at)
            SELECT m.id, m.conversation_id, m.role,
                jsonb_build_array(jsonb_build_object('type', 'text', 'text',
                    (SELECT string_agg(@words[1 + floor(random() * array_length(@words, 1))::int], ' ')
                     FROM generate_series(1, 12 + m.number % 9)) || ' ticket' || (m.number / @per_ticket))),
                0, 'Completed',
                now() - interval '60 days' + m.conversation * interval '1 minute' + m.run * interval '1 millisecond',
                now() - interval '60 days' + m.conversation * interval '1 minute' + m.run * interval '1 millisecond'
            FROM seeded_messages m
            ORDER BY m.number;
        INSERT INTO conversation_events (conversation_id, seq, type, payload, created_at)
            SELECT c.id, s, 'chat:stream-response', jsonb_build_object('seeded', true, 'seq', s), now() - interval '60 days'
            FROM seeded_conversations c, generate_series(1, @runs * 5) AS s;
        """;
}
