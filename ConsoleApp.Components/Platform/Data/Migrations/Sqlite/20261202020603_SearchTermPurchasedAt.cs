using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsoleApp.Components.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTermPurchasedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerOrderSearchTerms_PartnerId_Term_OrderId",
                table: "PartnerOrderSearchTerms");

            migrationBuilder.AddColumn<DateTime>(
                name: "PurchasedAt",
                table: "PartnerOrderSearchTerms",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing terms take their order's purchase date (it never changes), before the index is built.
            migrationBuilder.Sql(ConsoleApp.Components.Platform.Data.Migrations.SearchTermPurchasedAtBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrderSearchTerms_PartnerId_Term_PurchasedAt_OrderId",
                table: "PartnerOrderSearchTerms",
                columns: new[] { "PartnerId", "Term", "PurchasedAt", "OrderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerOrderSearchTerms_PartnerId_Term_PurchasedAt_OrderId",
                table: "PartnerOrderSearchTerms");

            migrationBuilder.DropColumn(
                name: "PurchasedAt",
                table: "PartnerOrderSearchTerms");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrderSearchTerms_PartnerId_Term_OrderId",
                table: "PartnerOrderSearchTerms",
                columns: new[] { "PartnerId", "Term", "OrderId" });
        }
    }
}
