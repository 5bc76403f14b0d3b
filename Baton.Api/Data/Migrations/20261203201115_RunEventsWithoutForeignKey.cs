using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class RunEventsWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_conversation_events_runs_run_id",
                table: "conversation_events");

            migrationBuilder.DropIndex(
                name: "ix_conversation_events_run_id",
                table: "conversation_events");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_conversation_events_run_id",
                table: "conversation_events",
                column: "run_id");

            migrationBuilder.AddForeignKey(
                name: "fk_conversation_events_runs_run_id",
                table: "conversation_events",
                column: "run_id",
                principalTable: "runs",
                principalColumn: "id");
        }
    }
}
