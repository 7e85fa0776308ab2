-- Schema version 40: the App Suite portal (parts, sites, licences, stocked site ids, vouchers, licence requests,
-- portal users, reseller settings, SWAS alert markers).
CREATE TABLE "AppSuiteLicenceRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppSuiteLicenceRequests" PRIMARY KEY AUTOINCREMENT,
    "ReceivedAt" TEXT NOT NULL,
    "FileName" TEXT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "RequestId" TEXT NULL,
    "AcceptedRequestId" TEXT NULL,
    "SiteId" INTEGER NULL,
    "ResellerId" INTEGER NULL,
    "ProductVersion" TEXT NULL,
    "UserId" TEXT NULL,
    "Accepted" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Message" TEXT NOT NULL
);

CREATE TABLE "AppSuiteParts" (
    "PartNumber" TEXT NOT NULL CONSTRAINT "PK_AppSuiteParts" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "ProductCode" TEXT NOT NULL,
    "Units" INTEGER NOT NULL
);

CREATE TABLE "AppSuiteStockedSites" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppSuiteStockedSites" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL,
    "BasePartNumber" TEXT NOT NULL,
    "BaseQuantity" INTEGER NOT NULL,
    "StockedAt" TEXT NOT NULL,
    "ClaimedByResellerId" INTEGER NULL,
    "ClaimedAt" TEXT NULL,
    "Version" TEXT NOT NULL
);

CREATE TABLE "AppSuiteSwasAlerts" (
    "SiteId" INTEGER NOT NULL,
    "SwasExpiry" TEXT NOT NULL,
    "ResellerId" INTEGER NOT NULL,
    "SentAt" TEXT NOT NULL,
    "Recipients" INTEGER NOT NULL,
    CONSTRAINT "PK_AppSuiteSwasAlerts" PRIMARY KEY ("SiteId", "SwasExpiry")
);

CREATE TABLE "AppSuitePortalUsers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppSuitePortalUsers" PRIMARY KEY AUTOINCREMENT,
    "ResellerId" INTEGER NOT NULL,
    "ConsoleUserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "JobTitle" TEXT NULL,
    "IsAdmin" INTEGER NOT NULL,
    "IsMainContact" INTEGER NOT NULL,
    "SalesEmails" INTEGER NOT NULL,
    "TechnicalEmails" INTEGER NOT NULL,
    "SwasAlerts" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_AppSuitePortalUsers_Resellers_ResellerId" FOREIGN KEY ("ResellerId") REFERENCES "Resellers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AppSuiteResellerSettings" (
    "ResellerId" INTEGER NOT NULL CONSTRAINT "PK_AppSuiteResellerSettings" PRIMARY KEY,
    "SwasUpgradeEmail" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_AppSuiteResellerSettings_Resellers_ResellerId" FOREIGN KEY ("ResellerId") REFERENCES "Resellers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AppSuiteSites" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppSuiteSites" PRIMARY KEY,
    "ResellerId" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "ProductVersion" TEXT NOT NULL,
    "PurchasedAt" TEXT NOT NULL,
    "RegisteredAt" TEXT NULL,
    "MachineFingerprint" TEXT NULL,
    "SwasStart" TEXT NULL,
    "SwasExpiry" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_AppSuiteSites_Resellers_ResellerId" FOREIGN KEY ("ResellerId") REFERENCES "Resellers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AppSuiteVouchers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppSuiteVouchers" PRIMARY KEY AUTOINCREMENT,
    "ResellerId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "PartNumber" TEXT NOT NULL,
    "PurchaseOrder" TEXT NOT NULL,
    "PurchasedAt" TEXT NOT NULL,
    "SiteId" INTEGER NULL,
    "UsedAt" TEXT NULL,
    "RedeemedIn" TEXT NULL,
    "UsedBy" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_AppSuiteVouchers_Resellers_ResellerId" FOREIGN KEY ("ResellerId") REFERENCES "Resellers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AppSuiteLicences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AppSuiteLicences" PRIMARY KEY AUTOINCREMENT,
    "SiteId" INTEGER NOT NULL,
    "ResellerId" INTEGER NOT NULL,
    "PartNumber" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "AddedAt" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "FK_AppSuiteLicences_AppSuiteSites_SiteId" FOREIGN KEY ("SiteId") REFERENCES "AppSuiteSites" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_AppSuiteLicenceRequests_AcceptedRequestId" ON "AppSuiteLicenceRequests" ("AcceptedRequestId");

CREATE INDEX "IX_AppSuiteLicenceRequests_SiteId_ReceivedAt" ON "AppSuiteLicenceRequests" ("SiteId", "ReceivedAt");

CREATE INDEX "IX_AppSuiteLicences_ResellerId_SiteId" ON "AppSuiteLicences" ("ResellerId", "SiteId");

CREATE INDEX "IX_AppSuiteLicences_SiteId" ON "AppSuiteLicences" ("SiteId");

CREATE UNIQUE INDEX "IX_AppSuitePortalUsers_ConsoleUserId" ON "AppSuitePortalUsers" ("ConsoleUserId");

CREATE UNIQUE INDEX "IX_AppSuitePortalUsers_MainContact" ON "AppSuitePortalUsers" ("ResellerId") WHERE "IsMainContact" = 1;

CREATE INDEX "IX_AppSuiteSites_ResellerId_ProductVersion" ON "AppSuiteSites" ("ResellerId", "ProductVersion");

CREATE INDEX "IX_AppSuiteSites_ResellerId_SwasExpiry" ON "AppSuiteSites" ("ResellerId", "SwasExpiry");

CREATE UNIQUE INDEX "IX_AppSuiteVouchers_Code" ON "AppSuiteVouchers" ("Code");

CREATE INDEX "IX_AppSuiteVouchers_ResellerId_PurchaseOrder" ON "AppSuiteVouchers" ("ResellerId", "PurchaseOrder");

CREATE INDEX "IX_AppSuiteVouchers_ResellerId_SiteId" ON "AppSuiteVouchers" ("ResellerId", "SiteId");
