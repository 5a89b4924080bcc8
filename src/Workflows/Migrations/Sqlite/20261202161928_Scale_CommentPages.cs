using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Scale_CommentPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MatterComments_MatterId_CreatedAt",
                table: "MatterComments");

            migrationBuilder.CreateIndex(
                name: "IX_MatterComments_MatterId_CreatedAt_Id",
                table: "MatterComments",
                columns: new[] { "MatterId", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MatterComments_MatterId_CreatedAt_Id",
                table: "MatterComments");

            migrationBuilder.CreateIndex(
                name: "IX_MatterComments_MatterId_CreatedAt",
                table: "MatterComments",
                columns: new[] { "MatterId", "CreatedAt" });
        }
    }
}
