using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Templates_Studio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Audience",
                table: "ContractTemplates",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValueSql: "'AllClients'");

            migrationBuilder.AddColumn<string>(
                name: "AudienceIds",
                table: "ContractTemplates",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<long>(
                name: "CreatedAt",
                table: "ContractTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Digits",
                table: "ContractTemplates",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValueSql: "'Latin'");

            migrationBuilder.AddColumn<string>(
                name: "Fields",
                table: "ContractTemplates",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<bool>(
                name: "HasDraft",
                table: "ContractTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsRetired",
                table: "ContractTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PublishedVersion",
                table: "ContractTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ContractTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "ContractTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "TemplateVersion",
                table: "Contracts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContractClauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BodyEn = table.Column<string>(type: "TEXT", nullable: false),
                    BodyAr = table.Column<string>(type: "TEXT", nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractClauses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractTemplateVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BodyEn = table.Column<string>(type: "TEXT", nullable: false),
                    BodyAr = table.Column<string>(type: "TEXT", nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    Digits = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Clauses = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractTemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractTemplateVersions_ContractTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ContractTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractClauses_Key",
                table: "ContractClauses",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractTemplateVersions_TemplateId_Number",
                table: "ContractTemplateVersions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractClauses");

            migrationBuilder.DropTable(
                name: "ContractTemplateVersions");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "AudienceIds",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "Digits",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "Fields",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "HasDraft",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "IsRetired",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "PublishedVersion",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "ContractTemplates");

            migrationBuilder.DropColumn(
                name: "TemplateVersion",
                table: "Contracts");
        }
    }
}
