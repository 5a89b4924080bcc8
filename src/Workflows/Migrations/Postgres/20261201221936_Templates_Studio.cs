using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Postgres
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
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValueSql: "'AllClients'");

            migrationBuilder.AddColumn<string>(
                name: "AudienceIds",
                table: "ContractTemplates",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CreatedAt",
                table: "ContractTemplates",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "Digits",
                table: "ContractTemplates",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValueSql: "'Latin'");

            migrationBuilder.AddColumn<string>(
                name: "Fields",
                table: "ContractTemplates",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<bool>(
                name: "HasDraft",
                table: "ContractTemplates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsRetired",
                table: "ContractTemplates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PublishedVersion",
                table: "ContractTemplates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ContractTemplates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "ContractTemplates",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "TemplateVersion",
                table: "Contracts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContractClauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BodyEn = table.Column<string>(type: "text", nullable: false),
                    BodyAr = table.Column<string>(type: "text", nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractClauses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractTemplateVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BodyEn = table.Column<string>(type: "text", nullable: false),
                    BodyAr = table.Column<string>(type: "text", nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    Digits = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Clauses = table.Column<string>(type: "text", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
