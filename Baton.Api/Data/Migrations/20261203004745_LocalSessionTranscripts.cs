using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class LocalSessionTranscripts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "transcript_offset",
                table: "conversations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transcript_tip_uuid",
                table: "conversations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "transcript_offset",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "transcript_tip_uuid",
                table: "conversations");
        }
    }
}
