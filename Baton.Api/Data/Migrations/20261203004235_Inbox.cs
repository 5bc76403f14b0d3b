using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Inbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "inbox_dismissed_at",
                table: "runs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_runs_undismissed_failures",
                table: "runs",
                column: "ended_at",
                filter: "status = 'Failed' AND inbox_dismissed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_interactive_prompts_pending",
                table: "interactive_prompts",
                column: "conversation_id",
                filter: "status = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_runs_undismissed_failures",
                table: "runs");

            migrationBuilder.DropIndex(
                name: "ix_interactive_prompts_pending",
                table: "interactive_prompts");

            migrationBuilder.DropColumn(
                name: "inbox_dismissed_at",
                table: "runs");
        }
    }
}
