using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <summary>
    /// The search trigger's two helpers were SQL functions PostgreSQL could not inline (a subquery in each), and it plans
    /// such a function again in every transaction that calls it: the relay's drains are one transaction each, so every
    /// answer write paid about 0.18 ms to plan <c>message_whole_blocks</c> before deciding not to index, and every
    /// indexing write as much again for <c>message_search_text</c>. <c>message_whole_blocks</c> is now one expression,
    /// which PostgreSQL inlines into the trigger; <c>message_search_text</c> is PL/pgSQL, which keeps its plan for the
    /// connection. Both return what they returned before.
    /// </summary>
    public partial class SearchFunctionsKeepTheirPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION message_whole_blocks(content jsonb) RETURNS integer
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE WHEN jsonb_typeof(content) = 'array'
                        THEN jsonb_array_length(content) - jsonb_array_length(jsonb_path_query_array(content, '$[*] ? (@.streaming == true)'))
                        ELSE 0 END
                $$;
                CREATE OR REPLACE FUNCTION message_search_text(content jsonb, split_names boolean) RETURNS text
                LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
                BEGIN
                    RETURN (SELECT CASE WHEN split_names THEN text || ' ' || translate(text, '/._-', '    ') ELSE text END
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
                    ) AS gathered);
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION message_whole_blocks(content jsonb) RETURNS integer
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE WHEN jsonb_typeof(content) = 'array'
                        THEN jsonb_array_length(content) - (SELECT count(*) FROM jsonb_path_query(content, '$[*].streaming ? (@ == true)'))::integer
                        ELSE 0 END
                $$;
                CREATE OR REPLACE FUNCTION message_search_text(content jsonb, split_names boolean) RETURNS text
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
        }
    }
}
