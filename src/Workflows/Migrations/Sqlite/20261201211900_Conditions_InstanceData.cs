using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Conditions_InstanceData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DataJson",
                table: "WorkflowInstances",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DataJson",
                table: "WorkflowInstances");
        }
    }
}
