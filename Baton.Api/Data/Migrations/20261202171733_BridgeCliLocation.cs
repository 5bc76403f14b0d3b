using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class BridgeCliLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cli_config_dir",
                table: "bridges",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cli_path",
                table: "bridges",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cli_config_dir",
                table: "bridges");

            migrationBuilder.DropColumn(
                name: "cli_path",
                table: "bridges");
        }
    }
}
