using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsoleApp.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt",
                table: "PartnerOrders");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_PartnerId_ExpiresAt_AssignedAccountId",
                table: "PartnerOrders",
                columns: new[] { "PartnerId", "ExpiresAt", "AssignedAccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt_Product",
                table: "PartnerOrders",
                columns: new[] { "PartnerId", "PurchasedAt", "Product" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrders_PartnerId_Status_UpdatedAt",
                table: "MarketplaceOrders",
                columns: new[] { "PartnerId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_PartnerId_Status_Name",
                table: "CustomerAccounts",
                columns: new[] { "PartnerId", "Status", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerOrders_PartnerId_ExpiresAt_AssignedAccountId",
                table: "PartnerOrders");

            migrationBuilder.DropIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt_Product",
                table: "PartnerOrders");

            migrationBuilder.DropIndex(
                name: "IX_MarketplaceOrders_PartnerId_Status_UpdatedAt",
                table: "MarketplaceOrders");

            migrationBuilder.DropIndex(
                name: "IX_CustomerAccounts_PartnerId_Status_Name",
                table: "CustomerAccounts");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt",
                table: "PartnerOrders",
                columns: new[] { "PartnerId", "PurchasedAt" });
        }
    }
}
