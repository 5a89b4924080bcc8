using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowPortal.Workflows.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Scale_KeysetAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matters_ClientId_SubmittedAt",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Matters_RequesterId_SubmittedAt",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Matters_SubmittedAt",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_ClientId_SubmittedAt",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_RequesterId_SubmittedAt",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_SubmittedAt",
                table: "Contracts");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Matters",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Contracts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "ClientOrganizations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "AspNetUsers",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Matters_AssignedLawyerId_SubmittedAt_Id",
                table: "Matters",
                columns: new[] { "AssignedLawyerId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_ClientId_SubmittedAt_Id",
                table: "Matters",
                columns: new[] { "ClientId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_RequesterId_SubmittedAt_Id",
                table: "Matters",
                columns: new[] { "RequesterId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_SearchText",
                table: "Matters",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_Status_SubmittedAt_Id",
                table: "Matters",
                columns: new[] { "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_SubmittedAt_Id",
                table: "Matters",
                columns: new[] { "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_AssignedLawyerId_SubmittedAt_Id",
                table: "Contracts",
                columns: new[] { "AssignedLawyerId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ClientId_SubmittedAt_Id",
                table: "Contracts",
                columns: new[] { "ClientId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_RequesterId_SubmittedAt_Id",
                table: "Contracts",
                columns: new[] { "RequesterId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_SearchText",
                table: "Contracts",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Status_SubmittedAt_Id",
                table: "Contracts",
                columns: new[] { "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_SubmittedAt_Id",
                table: "Contracts",
                columns: new[] { "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientOrganizations_SearchText",
                table: "ClientOrganizations",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_SearchText",
                table: "AspNetUsers",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matters_AssignedLawyerId_SubmittedAt_Id",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Matters_ClientId_SubmittedAt_Id",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Matters_RequesterId_SubmittedAt_Id",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Matters_SearchText",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Matters_Status_SubmittedAt_Id",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Matters_SubmittedAt_Id",
                table: "Matters");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_AssignedLawyerId_SubmittedAt_Id",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_ClientId_SubmittedAt_Id",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_RequesterId_SubmittedAt_Id",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_SearchText",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_Status_SubmittedAt_Id",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_SubmittedAt_Id",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_ClientOrganizations_SearchText",
                table: "ClientOrganizations");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_SearchText",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Matters");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "ClientOrganizations");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "AspNetUsers");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Matters_ClientId_SubmittedAt",
                table: "Matters",
                columns: new[] { "ClientId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_RequesterId_SubmittedAt",
                table: "Matters",
                columns: new[] { "RequesterId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_SubmittedAt",
                table: "Matters",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ClientId_SubmittedAt",
                table: "Contracts",
                columns: new[] { "ClientId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_RequesterId_SubmittedAt",
                table: "Contracts",
                columns: new[] { "RequesterId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_SubmittedAt",
                table: "Contracts",
                column: "SubmittedAt");
        }
    }
}
