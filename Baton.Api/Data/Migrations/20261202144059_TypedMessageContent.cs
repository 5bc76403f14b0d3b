using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <summary>
    /// Stored content becomes the typed <c>MessageBlock</c> contract. Blocks kept their field names, so
    /// most rows read as they are; what changes: a CLI block of a type Baton does not show becomes an
    /// <c>other</c> block that keeps it whole (in messages and in the event log's <c>block_complete</c>),
    /// a permission block loses its <c>status</c> (a decision says it), content that is not a list of
    /// blocks becomes one, and a <c>user_message</c> event carries its attachments as the message stores them.
    /// </summary>
    public partial class TypedMessageContent : Migration
    {
        private const string KnownBlockTypes = "'text', 'thinking', 'tool_use', 'tool_result', 'permission', 'attachment', 'error', 'notice', 'other'";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE messages SET content = jsonb_build_array(jsonb_build_object('type', 'text', 'text', content #>> '{}'))
                WHERE jsonb_typeof(content) = 'string';
                UPDATE messages SET content = '[]'::jsonb WHERE jsonb_typeof(content) NOT IN ('array', 'string');
                """);
            migrationBuilder.Sql($$"""
                UPDATE messages SET content = (
                    SELECT COALESCE(jsonb_agg(
                        CASE
                            WHEN jsonb_typeof(block) <> 'object' OR jsonb_typeof(block -> 'type') IS DISTINCT FROM 'string'
                                THEN jsonb_build_object('type', 'other', 'cliType', '', 'raw', block)
                            WHEN block ->> 'type' NOT IN ({{KnownBlockTypes}})
                                THEN jsonb_build_object('type', 'other', 'cliType', block ->> 'type', 'raw', block - 'cliMessageId' - 'index')
                                    || CASE WHEN block ? 'cliMessageId'
                                        THEN jsonb_build_object('cliMessageId', block -> 'cliMessageId', 'index', block -> 'index')
                                        ELSE '{}'::jsonb END
                            WHEN block ->> 'type' = 'permission' THEN block - 'status'
                            WHEN block ->> 'type' = 'tool_use'
                                THEN block || jsonb_build_object('id', COALESCE(block ->> 'id', ''), 'name', COALESCE(block ->> 'name', ''))
                            ELSE block
                        END ORDER BY ordinal), '[]'::jsonb)
                    FROM jsonb_array_elements(content) WITH ORDINALITY AS element(block, ordinal))
                WHERE jsonb_typeof(content) = 'array';
                """);
            migrationBuilder.Sql("""
                UPDATE conversation_events
                SET payload = jsonb_set(payload, '{event,block}', jsonb_build_object(
                    'type', 'other', 'cliType', COALESCE(payload #>> '{event,block,type}', ''), 'raw', payload #> '{event,block}'))
                WHERE type = 'chat:stream-response'
                    AND payload #>> '{event,kind}' = 'block_complete'
                    AND COALESCE(payload #>> '{event,block,type}', '') NOT IN ('text', 'thinking', 'tool_use');
                """);
            // user_message named its attachments by id only; now it carries them as the message stores them.
            migrationBuilder.Sql("""
                UPDATE conversation_events AS e
                SET payload = jsonb_set(e.payload, '{event}', (e.payload -> 'event') - 'attachmentIds' || jsonb_build_object('attachments', COALESCE(
                    (SELECT jsonb_agg(block ORDER BY ordinal)
                     FROM messages AS m, jsonb_array_elements(m.content) WITH ORDINALITY AS element(block, ordinal)
                     WHERE m.id::text = e.payload ->> 'messageId' AND block ->> 'type' = 'attachment'),
                    '[]'::jsonb)))
                WHERE e.type = 'chat:stream-response'
                    AND e.payload #>> '{event,kind}' = 'user_message'
                    AND e.payload -> 'event' ? 'attachmentIds';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The previous release reads typed content as it is: it skips block types it does not know.
        }
    }
}
