-- Schema version 1: the foundation (partners, resellers, companies, customer accounts, partner orders, users, audit trail).
CREATE TABLE IF NOT EXISTS "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserEmail" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "TenantKey" TEXT NOT NULL,
    "PartnerId" INTEGER NULL,
    "Entity" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "OldValues" TEXT NULL,
    "NewValues" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "Companies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Companies" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Partners" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Partners" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Resellers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Resellers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "ResellerNumber" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "Users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Users" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NOT NULL,
    "ConcurrencyStamp" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "PartnerId" INTEGER NULL,
    "AccountId" INTEGER NULL,
    "ResellerId" INTEGER NULL,
    "CompanyId" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "CustomerAccounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CustomerAccounts" PRIMARY KEY AUTOINCREMENT,
    "PartnerId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "AccountKey" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Country" TEXT NOT NULL,
    "ProvinceState" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "City" TEXT NOT NULL,
    "PostalCode" TEXT NOT NULL,
    "DefaultLanguage" TEXT NOT NULL,
    "BusinessType" TEXT NOT NULL,
    "SapCustomerNumber" TEXT NOT NULL,
    "CloudLocation" TEXT NOT NULL,
    "PbxType" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_CustomerAccounts_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "PartnerOrders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PartnerOrders" PRIMARY KEY AUTOINCREMENT,
    "PartnerId" INTEGER NOT NULL,
    "SapOrderId" TEXT NOT NULL,
    "ResellerPoNumber" TEXT NOT NULL,
    "ResellerSapId" TEXT NOT NULL,
    "CustomerPoNumber" TEXT NOT NULL,
    "TrackingNumber" TEXT NOT NULL,
    "Product" INTEGER NOT NULL,
    "Licenses" INTEGER NOT NULL,
    "TermMonths" INTEGER NOT NULL,
    "IsPerpetual" INTEGER NOT NULL,
    "PurchasedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NULL,
    "AssignedAccountId" INTEGER NULL,
    "AssignedAt" TEXT NULL,
    "ActivatedAt" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_PartnerOrders_CustomerAccounts_AssignedAccountId" FOREIGN KEY ("AssignedAccountId") REFERENCES "CustomerAccounts" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PartnerOrders_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_AuditEntries_Entity_EntityId" ON "AuditEntries" ("Entity", "EntityId");
CREATE INDEX "IX_AuditEntries_PartnerId_At" ON "AuditEntries" ("PartnerId", "At");
CREATE UNIQUE INDEX "IX_CustomerAccounts_AccountKey" ON "CustomerAccounts" ("AccountKey");
CREATE INDEX "IX_CustomerAccounts_PartnerId_Name" ON "CustomerAccounts" ("PartnerId", "Name");
CREATE INDEX "IX_PartnerOrders_AssignedAccountId" ON "PartnerOrders" ("AssignedAccountId");
CREATE INDEX "IX_PartnerOrders_PartnerId_AssignedAccountId_ExpiresAt" ON "PartnerOrders" ("PartnerId", "AssignedAccountId", "ExpiresAt");
CREATE INDEX "IX_PartnerOrders_PartnerId_PurchasedAt" ON "PartnerOrders" ("PartnerId", "PurchasedAt");
CREATE UNIQUE INDEX "IX_PartnerOrders_PartnerId_SapOrderId" ON "PartnerOrders" ("PartnerId", "SapOrderId");
CREATE UNIQUE INDEX "IX_Users_NormalizedEmail" ON "Users" ("NormalizedEmail");
