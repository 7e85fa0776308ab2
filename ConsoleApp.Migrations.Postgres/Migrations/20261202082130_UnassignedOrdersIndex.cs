using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsoleApp.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnassignedOrdersIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_Unassigned",
                table: "PartnerOrders",
                column: "Id",
                filter: "\"AssignedAccountId\" IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "PartnerId", "ExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerOrders_Unassigned",
                table: "PartnerOrders");
        }
    }
}
