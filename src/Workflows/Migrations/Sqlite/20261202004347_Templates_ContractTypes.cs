using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Templates_ContractTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CategoryId",
                table: "ContractTypes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsRetired",
                table: "ContractTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ContractTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_ContractTypes_CategoryId",
                table: "ContractTypes",
                column: "CategoryId");

            migrationBuilder.AddForeignKey(
                name: "FK_ContractTypes_RequestCategories_CategoryId",
                table: "ContractTypes",
                column: "CategoryId",
                principalTable: "RequestCategories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContractTypes_RequestCategories_CategoryId",
                table: "ContractTypes");

            migrationBuilder.DropIndex(
                name: "IX_ContractTypes_CategoryId",
                table: "ContractTypes");

            migrationBuilder.DropColumn(
                name: "CategoryId",
                table: "ContractTypes");

            migrationBuilder.DropColumn(
                name: "IsRetired",
                table: "ContractTypes");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "ContractTypes");
        }
    }
}
