using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <summary>
    /// An event names its conversation without a foreign key, which made PostgreSQL look up and lock the conversation's
    /// row for every event stored: each append already updates and so locks that row. A trigger deletes a
    /// conversation's events with it, as the key's cascade did, whether the conversation, its project or its owner is deleted.
    /// </summary>
    public partial class ConversationEventsWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_conversation_events_conversations_conversation_id",
                table: "conversation_events");
            migrationBuilder.Sql("""
                CREATE FUNCTION conversations_delete_events() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM conversation_events WHERE conversation_id = OLD.id;
                    RETURN OLD;
                END
                $$;
                CREATE TRIGGER conversations_delete_events AFTER DELETE ON conversations
                    FOR EACH ROW EXECUTE FUNCTION conversations_delete_events();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER conversations_delete_events ON conversations;
                DROP FUNCTION conversations_delete_events();
                """);
            migrationBuilder.AddForeignKey(
                name: "fk_conversation_events_conversations_conversation_id",
                table: "conversation_events",
                column: "conversation_id",
                principalTable: "conversations",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
