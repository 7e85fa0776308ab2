using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsoleApp.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PurchaseOrderTieBreak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt_Product",
                table: "PartnerOrders");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt_Id_Product",
                table: "PartnerOrders",
                columns: new[] { "PartnerId", "PurchasedAt", "Id", "Product" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt_Id_Product",
                table: "PartnerOrders");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt_Product",
                table: "PartnerOrders",
                columns: new[] { "PartnerId", "PurchasedAt", "Product" });
        }
    }
}
