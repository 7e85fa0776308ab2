using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsoleApp.Components.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppSuiteSiteCertificate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CertificateIssuedAt",
                table: "AppSuiteSites",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CertificateIssuedAt",
                table: "AppSuiteSites");
        }
    }
}
