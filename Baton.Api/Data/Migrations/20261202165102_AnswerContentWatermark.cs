using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnswerContentWatermark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "content_seq",
                table: "messages",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "content_version",
                table: "messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "content_seq",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "content_version",
                table: "messages");
        }
    }
}
