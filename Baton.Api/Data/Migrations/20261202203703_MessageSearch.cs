using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <summary>
    /// Full-text search over messages: <c>message_search_text</c> gathers what a person would search for
    /// in a message's blocks (text, tool names and inputs, tool results, attachment names) and leaves
    /// out blocks still streaming, where a delta can end inside a word. PostgreSQL keeps
    /// <c>search_vector</c> up to date on every write of the content, and a GIN index serves the queries.
    /// The column is not in the EF model: history never reads it, only <c>MessageSearch</c> does.
    /// </summary>
    public partial class MessageSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Immutable, so the generated column may call it. U+E000 and U+E001 mark matches in snippets: removed
            // here, a message cannot fake one. A tsvector holds at most 1 MB and a tool result can be a whole
            // file: the first 200,000 characters are indexed. With split_names (the index's text) the text is
            // there twice, as written and split at / . _ -, so "quasar" finds src/quasar-helper.ts and
            // invoice-2024.pdf is found by "invoice"; snippets show it once, as written.
            migrationBuilder.Sql("""
                CREATE FUNCTION message_search_text(content jsonb, split_names boolean) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE WHEN split_names THEN text || ' ' || translate(text, '/._-', '    ') ELSE text END
                    FROM (
                        SELECT left(translate(coalesce(string_agg(part, ' '), ''), E'\uE000\uE001', ''), 200000) AS text
                        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(content) = 'array' THEN content ELSE '[]'::jsonb END) AS block,
                        LATERAL (SELECT CASE
                            WHEN block ->> 'streaming' = 'true' THEN NULL
                            WHEN block ->> 'type' = 'text' THEN block ->> 'text'
                            WHEN block ->> 'type' = 'attachment' THEN block ->> 'name'
                            WHEN block ->> 'type' = 'tool_use' THEN concat_ws(' ', block ->> 'name',
                                (SELECT string_agg(value #>> '{}', ' ') FROM jsonb_path_query(block -> 'input', 'lax $.** ? (@.type() == "string")') AS value))
                            WHEN block ->> 'type' = 'tool_result' AND jsonb_typeof(block -> 'content') = 'string' THEN block ->> 'content'
                            WHEN block ->> 'type' = 'tool_result' THEN
                                (SELECT string_agg(value #>> '{}', ' ') FROM jsonb_path_query(block -> 'content', 'lax $[*].text') AS value)
                        END AS part) AS parts
                    ) AS gathered
                $$;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE messages ADD COLUMN search_vector tsvector
                    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, message_search_text(content, true))) STORED;
                CREATE INDEX ix_messages_search_vector ON messages USING gin (search_vector);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_messages_search_vector;
                ALTER TABLE messages DROP COLUMN search_vector;
                DROP FUNCTION message_search_text(jsonb, boolean);
                """);
        }
    }
}
