using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Assignment_Rules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Assignment",
                table: "RequestTypes",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AssignmentTurns",
                columns: table => new
                {
                    RequestTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pool = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Taken = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentTurns", x => new { x.RequestTypeId, x.Pool });
                    table.ForeignKey(
                        name: "FK_AssignmentTurns_RequestTypes_RequestTypeId",
                        column: x => x.RequestTypeId,
                        principalTable: "RequestTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssignmentTurns");

            migrationBuilder.DropColumn(
                name: "Assignment",
                table: "RequestTypes");
        }
    }
}
