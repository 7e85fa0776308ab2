-- Schema version 10: Orders feature (issue 3): search terms for prefix search, purchasing API keys (hashes only),
-- and an index on PartnerOrders.ExpiresAt for the expiry monitor.
CREATE TABLE "PartnerApiKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PartnerApiKeys" PRIMARY KEY AUTOINCREMENT,
    "PartnerId" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "KeyHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_PartnerApiKeys_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE CASCADE
);
CREATE TABLE "PartnerOrderSearchTerms" (
    "OrderId" INTEGER NOT NULL,
    "Term" TEXT NOT NULL,
    "PartnerId" INTEGER NOT NULL,
    CONSTRAINT "PK_PartnerOrderSearchTerms" PRIMARY KEY ("OrderId", "Term"),
    CONSTRAINT "FK_PartnerOrderSearchTerms_PartnerOrders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "PartnerOrders" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_PartnerApiKeys_KeyHash" ON "PartnerApiKeys" ("KeyHash");
CREATE INDEX "IX_PartnerApiKeys_PartnerId" ON "PartnerApiKeys" ("PartnerId");
CREATE INDEX "IX_PartnerOrders_ExpiresAt" ON "PartnerOrders" ("ExpiresAt");
CREATE INDEX "IX_PartnerOrderSearchTerms_PartnerId_Term_OrderId" ON "PartnerOrderSearchTerms" ("PartnerId", "Term", "OrderId");
-- Orders stored before this version become searchable (same terms as PartnerOrderSearchTerm.For: lower-cased, max 64).
INSERT OR IGNORE INTO "PartnerOrderSearchTerms" ("OrderId", "Term", "PartnerId")
SELECT "Id", substr(lower(trim(v)), 1, 64), "PartnerId" FROM (
    SELECT "Id", "PartnerId", "SapOrderId" AS v FROM "PartnerOrders"
    UNION ALL SELECT "Id", "PartnerId", "ResellerPoNumber" FROM "PartnerOrders"
    UNION ALL SELECT "Id", "PartnerId", "CustomerPoNumber" FROM "PartnerOrders"
    UNION ALL SELECT "Id", "PartnerId", "TrackingNumber" FROM "PartnerOrders"
    UNION ALL SELECT "Id", "PartnerId", substr("ExpiresAt", 1, 10) FROM "PartnerOrders" WHERE "ExpiresAt" IS NOT NULL
) WHERE trim(v) <> '';
