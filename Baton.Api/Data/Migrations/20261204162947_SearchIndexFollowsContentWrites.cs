using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <summary>
    /// <c>search_vector</c> is computed when a message's content is written, not on every update of the row. As a
    /// generated column PostgreSQL recomputed it for any update: a settled prompt, which only moves the answer's
    /// content version, paid for indexing the whole answer again, and paid more the longer the answer grew.
    /// </summary>
    public partial class SearchIndexFollowsContentWrites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Dropping the expression keeps the values: nothing needs indexing again.
            migrationBuilder.Sql("""
                ALTER TABLE messages ALTER COLUMN search_vector DROP EXPRESSION;
                CREATE FUNCTION messages_index_content() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.search_vector := to_tsvector('english'::regconfig, message_search_text(NEW.content, true));
                    RETURN NEW;
                END
                $$;
                CREATE TRIGGER messages_index_content BEFORE INSERT OR UPDATE OF content ON messages
                    FOR EACH ROW EXECUTE FUNCTION messages_index_content();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER messages_index_content ON messages;
                DROP FUNCTION messages_index_content();
                DROP INDEX ix_messages_search_vector;
                ALTER TABLE messages DROP COLUMN search_vector;
                ALTER TABLE messages ADD COLUMN search_vector tsvector
                    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, message_search_text(content, true))) STORED;
                CREATE INDEX ix_messages_search_vector ON messages USING gin (search_vector);
                """);
        }
    }
}
