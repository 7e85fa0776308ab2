-- Schema version 20: accounts feature (deletion tombstone, integration switches, support contacts).
ALTER TABLE "CustomerAccounts" ADD COLUMN "DeletedAt" TEXT NULL;
CREATE TABLE IF NOT EXISTS "AccountIntegrations" (
    "AccountId" INTEGER NOT NULL CONSTRAINT "PK_AccountIntegrations" PRIMARY KEY,
    "PartnerId" INTEGER NOT NULL,
    "Micc" INTEGER NOT NULL,
    "MiTeamMeetings" INTEGER NOT NULL,
    "MiCollab" INTEGER NOT NULL,
    "DelegatedAuthentication" INTEGER NOT NULL,
    "AllowGuestAccess" INTEGER NOT NULL,
    "BandwidthOptimization" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_AccountIntegrations_CustomerAccounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES "CustomerAccounts" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "SupportContacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SupportContacts" PRIMARY KEY AUTOINCREMENT,
    "PartnerId" INTEGER NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_SupportContacts_CustomerAccounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES "CustomerAccounts" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_SupportContacts_AccountId_Email" ON "SupportContacts" ("AccountId", "Email");
