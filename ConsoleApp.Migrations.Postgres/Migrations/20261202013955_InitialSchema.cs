using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ConsoleApp.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppSuiteLicenceRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    SizeBytes = table.Column<int>(type: "integer", nullable: false),
                    RequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AcceptedRequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SiteId = table.Column<int>(type: "integer", nullable: true),
                    ResellerId = table.Column<int>(type: "integer", nullable: true),
                    ProductVersion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuiteLicenceRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppSuiteParts",
                columns: table => new
                {
                    PartNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ProductCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Units = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuiteParts", x => x.PartNumber);
                });

            migrationBuilder.CreateTable(
                name: "AppSuiteStockedSites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ProductVersion = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BasePartNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BaseQuantity = table.Column<int>(type: "integer", nullable: false),
                    StockedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ClaimedByResellerId = table.Column<int>(type: "integer", nullable: true),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuiteStockedSites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppSuiteSwasAlerts",
                columns: table => new
                {
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    SwasExpiry = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ResellerId = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuiteSwasAlerts", x => new { x.SiteId, x.SwasExpiry });
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    AccountId = table.Column<int>(type: "integer", nullable: true),
                    ResellerId = table.Column<int>(type: "integer", nullable: true),
                    CompanyId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    UserEmail = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    TenantKey = table.Column<string>(type: "text", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    Entity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OldValues = table.Column<string>(type: "text", nullable: true),
                    NewValues = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Companies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    To = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Resellers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ResellerNumber = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resellers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserPasskeys",
                columns: table => new
                {
                    CredentialId = table.Column<byte[]>(type: "bytea", maxLength: 1024, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserPasskeys", x => x.CredentialId);
                    table.ForeignKey(
                        name: "FK_AspNetUserPasskeys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceCarriers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DealerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DealerEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceCarriers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceCarriers_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceCompanySettings",
                columns: table => new
                {
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    UsesEndUserRequestsMenu = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresApproval = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresEmployeeNumber = table.Column<bool>(type: "boolean", nullable: false),
                    AllowsIneligibleUpgradeWithReason = table.Column<bool>(type: "boolean", nullable: false),
                    UpgradeAfterMonths = table.Column<int>(type: "integer", nullable: false),
                    DefaultShippingLocation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceCompanySettings", x => x.CompanyId);
                    table.ForeignKey(
                        name: "FK_DeviceCompanySettings_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HrEmployees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    EmployeeNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AccountingCodes = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ManagerId = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HrEmployees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HrEmployees_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HrEmployees_HrEmployees_ManagerId",
                        column: x => x.ManagerId,
                        principalTable: "HrEmployees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CustomerAccounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AccountKey = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Country = table.Column<string>(type: "text", nullable: false),
                    ProvinceState = table.Column<string>(type: "text", nullable: false),
                    Address = table.Column<string>(type: "text", nullable: false),
                    City = table.Column<string>(type: "text", nullable: false),
                    PostalCode = table.Column<string>(type: "text", nullable: false),
                    DefaultLanguage = table.Column<string>(type: "text", nullable: false),
                    BusinessType = table.Column<string>(type: "text", nullable: false),
                    SapCustomerNumber = table.Column<string>(type: "text", nullable: false),
                    CloudLocation = table.Column<string>(type: "text", nullable: false),
                    PbxType = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerAccounts_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerApiKeys_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppSuitePortalUsers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResellerId = table.Column<int>(type: "integer", nullable: false),
                    ConsoleUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    JobTitle = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    IsAdmin = table.Column<bool>(type: "boolean", nullable: false),
                    IsMainContact = table.Column<bool>(type: "boolean", nullable: false),
                    SalesEmails = table.Column<bool>(type: "boolean", nullable: false),
                    TechnicalEmails = table.Column<bool>(type: "boolean", nullable: false),
                    SwasAlerts = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuitePortalUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppSuitePortalUsers_Resellers_ResellerId",
                        column: x => x.ResellerId,
                        principalTable: "Resellers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppSuiteResellerSettings",
                columns: table => new
                {
                    ResellerId = table.Column<int>(type: "integer", nullable: false),
                    SwasUpgradeEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuiteResellerSettings", x => x.ResellerId);
                    table.ForeignKey(
                        name: "FK_AppSuiteResellerSettings_Resellers_ResellerId",
                        column: x => x.ResellerId,
                        principalTable: "Resellers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppSuiteSites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ResellerId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ProductVersion = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PurchasedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    MachineFingerprint = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    SwasStart = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    SwasExpiry = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuiteSites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppSuiteSites_Resellers_ResellerId",
                        column: x => x.ResellerId,
                        principalTable: "Resellers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppSuiteVouchers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResellerId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    PartNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PurchaseOrder = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PurchasedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: true),
                    UsedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    RedeemedIn = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    UsedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuiteVouchers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppSuiteVouchers_Resellers_ResellerId",
                        column: x => x.ResellerId,
                        principalTable: "Resellers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogAccessories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogAccessories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogAccessories_DeviceCarriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "DeviceCarriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogDevices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    Make = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Colours = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogDevices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogDevices_DeviceCarriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "DeviceCarriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MobileLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    PhoneNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CurrentDevice = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContractStart = table.Column<DateOnly>(type: "date", nullable: false),
                    ContractEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    ContractBalance = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MobileLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MobileLines_DeviceCarriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "DeviceCarriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MobileLines_HrEmployees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "HrEmployees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccountIntegrations",
                columns: table => new
                {
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    Micc = table.Column<bool>(type: "boolean", nullable: false),
                    MiTeamMeetings = table.Column<bool>(type: "boolean", nullable: false),
                    MiCollab = table.Column<bool>(type: "boolean", nullable: false),
                    DelegatedAuthentication = table.Column<bool>(type: "boolean", nullable: false),
                    AllowGuestAccess = table.Column<bool>(type: "boolean", nullable: false),
                    BandwidthOptimization = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountIntegrations", x => x.AccountId);
                    table.ForeignKey(
                        name: "FK_AccountIntegrations_CustomerAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CustomerAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketplaceOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "text", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedByOrganization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    VisibleToCustomer = table.Column<bool>(type: "boolean", nullable: false),
                    NextStepAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    VendorMessage = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketplaceOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketplaceOrders_CustomerAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CustomerAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MarketplaceOrders_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketplaceSubscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Vendor = table.Column<int>(type: "integer", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdminEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    AdminFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AdminLastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TenantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UnitCost = table.Column<decimal>(type: "numeric", nullable: false),
                    MarkupPercent = table.Column<decimal>(type: "numeric", nullable: false),
                    Licences = table.Column<int>(type: "integer", nullable: false),
                    BillingCycle = table.Column<string>(type: "text", nullable: false),
                    PaymentMethod = table.Column<string>(type: "text", nullable: false),
                    AddOns = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketplaceSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketplaceSubscriptions_CustomerAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CustomerAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MarketplaceSubscriptions_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    SapOrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResellerPoNumber = table.Column<string>(type: "text", nullable: false),
                    ResellerSapId = table.Column<string>(type: "text", nullable: false),
                    CustomerPoNumber = table.Column<string>(type: "text", nullable: false),
                    TrackingNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Product = table.Column<int>(type: "integer", nullable: false),
                    Licenses = table.Column<int>(type: "integer", nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    IsPerpetual = table.Column<bool>(type: "boolean", nullable: false),
                    PurchasedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    AssignedAccountId = table.Column<int>(type: "integer", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ActivatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerOrders_CustomerAccounts_AssignedAccountId",
                        column: x => x.AssignedAccountId,
                        principalTable: "CustomerAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnerOrders_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportContacts_CustomerAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CustomerAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppSuiteLicences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    ResellerId = table.Column<int>(type: "integer", nullable: false),
                    PartNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSuiteLicences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppSuiteLicences_AppSuiteSites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "AppSuiteSites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogAccessoryFits",
                columns: table => new
                {
                    AccessoryId = table.Column<int>(type: "integer", nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogAccessoryFits", x => new { x.AccessoryId, x.DeviceId });
                    table.ForeignKey(
                        name: "FK_CatalogAccessoryFits_CatalogAccessories_AccessoryId",
                        column: x => x.AccessoryId,
                        principalTable: "CatalogAccessories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CatalogAccessoryFits_CatalogDevices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "CatalogDevices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogDeviceOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: false),
                    StorageGb = table.Column<int>(type: "integer", nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogDeviceOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogDeviceOptions_CatalogDevices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "CatalogDevices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceSpareStock",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: false),
                    StorageGb = table.Column<int>(type: "integer", nullable: false),
                    Colour = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Available = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceSpareStock", x => x.Id);
                    table.CheckConstraint("CK_DeviceSpareStock_Available", "\"Available\" >= 0");
                    table.ForeignKey(
                        name: "FK_DeviceSpareStock_CatalogDevices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "CatalogDevices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceBaskets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    UpgradeLineId = table.Column<int>(type: "integer", nullable: true),
                    CheckoutJson = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceBaskets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceBaskets_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviceBaskets_DeviceCarriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "DeviceCarriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviceBaskets_MobileLines_UpgradeLineId",
                        column: x => x.UpgradeLineId,
                        principalTable: "MobileLines",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "DeviceOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    CarrierName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequesterUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    RequesterEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    NotifyEmails = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ShippingLocation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AttentionTo = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    DealerNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: true),
                    EmployeeName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    EmployeeNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AccountingCodes = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpgradeLineId = table.Column<int>(type: "integer", nullable: true),
                    UpgradePhoneNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UpgradeEligible = table.Column<bool>(type: "boolean", nullable: true),
                    UpgradeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ApproverUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApproverName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DevicesTotal = table.Column<decimal>(type: "numeric", nullable: false),
                    AccessoriesTotal = table.Column<decimal>(type: "numeric", nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    SentToDealerAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceOrders_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviceOrders_DeviceCarriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "DeviceCarriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviceOrders_HrEmployees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "HrEmployees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DeviceOrders_MobileLines_UpgradeLineId",
                        column: x => x.UpgradeLineId,
                        principalTable: "MobileLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MarketplaceOrderNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    AuthorUserId = table.Column<string>(type: "text", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketplaceOrderNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketplaceOrderNotes_MarketplaceOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "MarketplaceOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketplaceOrderItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SubscriptionId = table.Column<int>(type: "integer", nullable: true),
                    Vendor = table.Column<int>(type: "integer", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitCost = table.Column<decimal>(type: "numeric", nullable: false),
                    MarkupPercent = table.Column<decimal>(type: "numeric", nullable: false),
                    AddOns = table.Column<string>(type: "text", nullable: false),
                    AdminEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    AdminFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AdminLastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TenantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    VendorMessage = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketplaceOrderItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketplaceOrderItems_MarketplaceOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "MarketplaceOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MarketplaceOrderItems_MarketplaceSubscriptions_Subscription~",
                        column: x => x.SubscriptionId,
                        principalTable: "MarketplaceSubscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PartnerOrderSearchTerms",
                columns: table => new
                {
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    PartnerId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerOrderSearchTerms", x => new { x.OrderId, x.Term });
                    table.ForeignKey(
                        name: "FK_PartnerOrderSearchTerms_PartnerOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PartnerOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceBasketItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BasketId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: true),
                    OptionId = table.Column<int>(type: "integer", nullable: true),
                    AccessoryId = table.Column<int>(type: "integer", nullable: true),
                    ParentItemId = table.Column<int>(type: "integer", nullable: true),
                    SpareStockId = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StorageGb = table.Column<int>(type: "integer", nullable: true),
                    TermMonths = table.Column<int>(type: "integer", nullable: true),
                    Colour = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    UnitPrice = table.Column<decimal>(type: "numeric", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceBasketItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceBasketItems_CatalogAccessories_AccessoryId",
                        column: x => x.AccessoryId,
                        principalTable: "CatalogAccessories",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DeviceBasketItems_CatalogDeviceOptions_OptionId",
                        column: x => x.OptionId,
                        principalTable: "CatalogDeviceOptions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DeviceBasketItems_CatalogDevices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "CatalogDevices",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DeviceBasketItems_DeviceBaskets_BasketId",
                        column: x => x.BasketId,
                        principalTable: "DeviceBaskets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviceBasketItems_DeviceSpareStock_SpareStockId",
                        column: x => x.SpareStockId,
                        principalTable: "DeviceSpareStock",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "DeviceDealerHandoffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    DealerEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Reference = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceDealerHandoffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceDealerHandoffs_DeviceCarriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "DeviceCarriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviceDealerHandoffs_DeviceOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "DeviceOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceOrderEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FromStatus = table.Column<int>(type: "integer", nullable: true),
                    ToStatus = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceOrderEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceOrderEvents_DeviceOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "DeviceOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceOrderItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DeviceId = table.Column<int>(type: "integer", nullable: true),
                    OptionId = table.Column<int>(type: "integer", nullable: true),
                    AccessoryId = table.Column<int>(type: "integer", nullable: true),
                    ParentItemId = table.Column<int>(type: "integer", nullable: true),
                    SpareStockId = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StorageGb = table.Column<int>(type: "integer", nullable: true),
                    TermMonths = table.Column<int>(type: "integer", nullable: true),
                    Colour = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    UnitPrice = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceOrderItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceOrderItems_DeviceOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "DeviceOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "AccountAdmin", "AccountAdmin", "AccountAdmin", "ACCOUNTADMIN" },
                    { "Customer", "Customer", "Customer", "CUSTOMER" },
                    { "CustomerAdmin", "CustomerAdmin", "CustomerAdmin", "CUSTOMERADMIN" },
                    { "Employee", "Employee", "Employee", "EMPLOYEE" },
                    { "Manager", "Manager", "Manager", "MANAGER" },
                    { "PartnerAdmin", "PartnerAdmin", "PartnerAdmin", "PARTNERADMIN" },
                    { "PartnerStaff", "PartnerStaff", "PartnerStaff", "PARTNERSTAFF" },
                    { "ResellerAdmin", "ResellerAdmin", "ResellerAdmin", "RESELLERADMIN" },
                    { "ResellerUser", "ResellerUser", "ResellerUser", "RESELLERUSER" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteLicenceRequests_AcceptedRequestId",
                table: "AppSuiteLicenceRequests",
                column: "AcceptedRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteLicenceRequests_SiteId_ReceivedAt",
                table: "AppSuiteLicenceRequests",
                columns: new[] { "SiteId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteLicences_ResellerId_SiteId",
                table: "AppSuiteLicences",
                columns: new[] { "ResellerId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteLicences_SiteId",
                table: "AppSuiteLicences",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_AppSuitePortalUsers_ConsoleUserId",
                table: "AppSuitePortalUsers",
                column: "ConsoleUserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppSuitePortalUsers_MainContact",
                table: "AppSuitePortalUsers",
                column: "ResellerId",
                unique: true,
                filter: "\"IsMainContact\"");

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteSites_ResellerId_ProductVersion",
                table: "AppSuiteSites",
                columns: new[] { "ResellerId", "ProductVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteSites_ResellerId_SwasExpiry",
                table: "AppSuiteSites",
                columns: new[] { "ResellerId", "SwasExpiry" });

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteVouchers_Code",
                table: "AppSuiteVouchers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteVouchers_ResellerId_PurchaseOrder",
                table: "AppSuiteVouchers",
                columns: new[] { "ResellerId", "PurchaseOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_AppSuiteVouchers_ResellerId_SiteId",
                table: "AppSuiteVouchers",
                columns: new[] { "ResellerId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserPasskeys_UserId",
                table: "AspNetUserPasskeys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Entity_EntityId",
                table: "AuditEntries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PartnerId_At",
                table: "AuditEntries",
                columns: new[] { "PartnerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogAccessories_CarrierId",
                table: "CatalogAccessories",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogAccessories_CompanyId_CarrierId",
                table: "CatalogAccessories",
                columns: new[] { "CompanyId", "CarrierId" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogAccessoryFits_DeviceId",
                table: "CatalogAccessoryFits",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogDeviceOptions_DeviceId_StorageGb_TermMonths",
                table: "CatalogDeviceOptions",
                columns: new[] { "DeviceId", "StorageGb", "TermMonths" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogDevices_CarrierId",
                table: "CatalogDevices",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogDevices_CompanyId_CarrierId_Make",
                table: "CatalogDevices",
                columns: new[] { "CompanyId", "CarrierId", "Make" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_AccountKey",
                table: "CustomerAccounts",
                column: "AccountKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_PartnerId_Name",
                table: "CustomerAccounts",
                columns: new[] { "PartnerId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceBasketItems_AccessoryId",
                table: "DeviceBasketItems",
                column: "AccessoryId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceBasketItems_BasketId",
                table: "DeviceBasketItems",
                column: "BasketId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceBasketItems_DeviceId",
                table: "DeviceBasketItems",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceBasketItems_OptionId",
                table: "DeviceBasketItems",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceBasketItems_SpareStockId",
                table: "DeviceBasketItems",
                column: "SpareStockId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceBaskets_CarrierId",
                table: "DeviceBaskets",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceBaskets_CompanyId_UserId",
                table: "DeviceBaskets",
                columns: new[] { "CompanyId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceBaskets_UpgradeLineId",
                table: "DeviceBaskets",
                column: "UpgradeLineId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceCarriers_CompanyId_Name",
                table: "DeviceCarriers",
                columns: new[] { "CompanyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceDealerHandoffs_CarrierId",
                table: "DeviceDealerHandoffs",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceDealerHandoffs_OrderId",
                table: "DeviceDealerHandoffs",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceOrderEvents_OrderId_At",
                table: "DeviceOrderEvents",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceOrderItems_OrderId",
                table: "DeviceOrderItems",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceOrders_CarrierId",
                table: "DeviceOrders",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceOrders_CompanyId_CreatedAt",
                table: "DeviceOrders",
                columns: new[] { "CompanyId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceOrders_CompanyId_RequesterUserId_CreatedAt",
                table: "DeviceOrders",
                columns: new[] { "CompanyId", "RequesterUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceOrders_CompanyId_Status_ApproverUserId",
                table: "DeviceOrders",
                columns: new[] { "CompanyId", "Status", "ApproverUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceOrders_EmployeeId",
                table: "DeviceOrders",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceOrders_UpgradeLineId",
                table: "DeviceOrders",
                column: "UpgradeLineId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceSpareStock_CompanyId_DeviceId",
                table: "DeviceSpareStock",
                columns: new[] { "CompanyId", "DeviceId" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceSpareStock_DeviceId",
                table: "DeviceSpareStock",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_HrEmployees_CompanyId_FullName",
                table: "HrEmployees",
                columns: new[] { "CompanyId", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_HrEmployees_ManagerId",
                table: "HrEmployees",
                column: "ManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_HrEmployees_UserId",
                table: "HrEmployees",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrderItems_OrderId",
                table: "MarketplaceOrderItems",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrderItems_PartnerId_AccountId",
                table: "MarketplaceOrderItems",
                columns: new[] { "PartnerId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrderItems_SubscriptionId",
                table: "MarketplaceOrderItems",
                column: "SubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrderNotes_OrderId_At",
                table: "MarketplaceOrderNotes",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrderNotes_PartnerId_AccountId",
                table: "MarketplaceOrderNotes",
                columns: new[] { "PartnerId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrders_AccountId",
                table: "MarketplaceOrders",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrders_NextStepAt",
                table: "MarketplaceOrders",
                column: "NextStepAt");

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceOrders_PartnerId_AccountId_Status_CreatedAt",
                table: "MarketplaceOrders",
                columns: new[] { "PartnerId", "AccountId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceSubscriptions_AccountId",
                table: "MarketplaceSubscriptions",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketplaceSubscriptions_PartnerId_AccountId",
                table: "MarketplaceSubscriptions",
                columns: new[] { "PartnerId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_MobileLines_CarrierId",
                table: "MobileLines",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_MobileLines_CompanyId_PhoneNumber",
                table: "MobileLines",
                columns: new[] { "CompanyId", "PhoneNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MobileLines_EmployeeId",
                table: "MobileLines",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_SentAt_Id",
                table: "OutboxMails",
                columns: new[] { "SentAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerApiKeys_KeyHash",
                table: "PartnerApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerApiKeys_PartnerId",
                table: "PartnerApiKeys",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_AssignedAccountId",
                table: "PartnerOrders",
                column: "AssignedAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_ExpiresAt",
                table: "PartnerOrders",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_PartnerId_AssignedAccountId_ExpiresAt",
                table: "PartnerOrders",
                columns: new[] { "PartnerId", "AssignedAccountId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_PartnerId_PurchasedAt",
                table: "PartnerOrders",
                columns: new[] { "PartnerId", "PurchasedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrders_PartnerId_SapOrderId",
                table: "PartnerOrders",
                columns: new[] { "PartnerId", "SapOrderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrderSearchTerms_PartnerId_Term_OrderId",
                table: "PartnerOrderSearchTerms",
                columns: new[] { "PartnerId", "Term", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportContacts_AccountId_Email",
                table: "SupportContacts",
                columns: new[] { "AccountId", "Email" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountIntegrations");

            migrationBuilder.DropTable(
                name: "AppSuiteLicenceRequests");

            migrationBuilder.DropTable(
                name: "AppSuiteLicences");

            migrationBuilder.DropTable(
                name: "AppSuiteParts");

            migrationBuilder.DropTable(
                name: "AppSuitePortalUsers");

            migrationBuilder.DropTable(
                name: "AppSuiteResellerSettings");

            migrationBuilder.DropTable(
                name: "AppSuiteStockedSites");

            migrationBuilder.DropTable(
                name: "AppSuiteSwasAlerts");

            migrationBuilder.DropTable(
                name: "AppSuiteVouchers");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserPasskeys");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CatalogAccessoryFits");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeviceBasketItems");

            migrationBuilder.DropTable(
                name: "DeviceCompanySettings");

            migrationBuilder.DropTable(
                name: "DeviceDealerHandoffs");

            migrationBuilder.DropTable(
                name: "DeviceOrderEvents");

            migrationBuilder.DropTable(
                name: "DeviceOrderItems");

            migrationBuilder.DropTable(
                name: "MarketplaceOrderItems");

            migrationBuilder.DropTable(
                name: "MarketplaceOrderNotes");

            migrationBuilder.DropTable(
                name: "OutboxMails");

            migrationBuilder.DropTable(
                name: "PartnerApiKeys");

            migrationBuilder.DropTable(
                name: "PartnerOrderSearchTerms");

            migrationBuilder.DropTable(
                name: "SupportContacts");

            migrationBuilder.DropTable(
                name: "AppSuiteSites");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CatalogAccessories");

            migrationBuilder.DropTable(
                name: "CatalogDeviceOptions");

            migrationBuilder.DropTable(
                name: "DeviceBaskets");

            migrationBuilder.DropTable(
                name: "DeviceSpareStock");

            migrationBuilder.DropTable(
                name: "DeviceOrders");

            migrationBuilder.DropTable(
                name: "MarketplaceSubscriptions");

            migrationBuilder.DropTable(
                name: "MarketplaceOrders");

            migrationBuilder.DropTable(
                name: "PartnerOrders");

            migrationBuilder.DropTable(
                name: "Resellers");

            migrationBuilder.DropTable(
                name: "CatalogDevices");

            migrationBuilder.DropTable(
                name: "MobileLines");

            migrationBuilder.DropTable(
                name: "CustomerAccounts");

            migrationBuilder.DropTable(
                name: "DeviceCarriers");

            migrationBuilder.DropTable(
                name: "HrEmployees");

            migrationBuilder.DropTable(
                name: "Partners");

            migrationBuilder.DropTable(
                name: "Companies");
        }
    }
}
