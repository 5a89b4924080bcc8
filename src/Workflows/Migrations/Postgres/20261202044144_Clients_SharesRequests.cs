using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Clients_SharesRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SharesRequests",
                table: "ClientOrganizations",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SharesRequests",
                table: "ClientOrganizations");
        }
    }
}
