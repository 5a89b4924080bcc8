using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Reminders_HearingsKeyDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReminderDays",
                table: "RequestTypes",
                type: "text",
                nullable: false,
                defaultValueSql: "'[7,1]'");

            migrationBuilder.AddColumn<bool>(
                name: "ShowsHijri",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DateReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    DateAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DaysBefore = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DateReminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatterKeyDates_Date",
                table: "MatterKeyDates",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_At",
                table: "Hearings",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_DateReminders_ItemId_DateAt_DaysBefore",
                table: "DateReminders",
                columns: new[] { "ItemId", "DateAt", "DaysBefore" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DateReminders");

            migrationBuilder.DropIndex(
                name: "IX_MatterKeyDates_Date",
                table: "MatterKeyDates");

            migrationBuilder.DropIndex(
                name: "IX_Hearings_At",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "ReminderDays",
                table: "RequestTypes");

            migrationBuilder.DropColumn(
                name: "ShowsHijri",
                table: "AspNetUsers");
        }
    }
}
