-- Schema version 30: marketplace orders (seed 2): subscriptions, orders, their items and append-only notes.
CREATE TABLE "MarketplaceOrders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MarketplaceOrders" PRIMARY KEY AUTOINCREMENT,
    "PartnerId" INTEGER NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "CreatedByName" TEXT NOT NULL,
    "CreatedByOrganization" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "VisibleToCustomer" INTEGER NOT NULL,
    "NextStepAt" TEXT NULL,
    "VendorMessage" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_MarketplaceOrders_CustomerAccounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES "CustomerAccounts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MarketplaceOrders_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MarketplaceSubscriptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MarketplaceSubscriptions" PRIMARY KEY AUTOINCREMENT,
    "PartnerId" INTEGER NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "Vendor" INTEGER NOT NULL,
    "ProductName" TEXT NOT NULL,
    "AdminEmail" TEXT NOT NULL,
    "AdminFirstName" TEXT NOT NULL,
    "AdminLastName" TEXT NOT NULL,
    "TenantName" TEXT NULL,
    "UnitCost" TEXT NOT NULL,
    "MarkupPercent" TEXT NOT NULL,
    "Licences" INTEGER NOT NULL,
    "BillingCycle" TEXT NOT NULL,
    "PaymentMethod" TEXT NOT NULL,
    "AddOns" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_MarketplaceSubscriptions_CustomerAccounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES "CustomerAccounts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MarketplaceSubscriptions_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MarketplaceOrderNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MarketplaceOrderNotes" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "PartnerId" INTEGER NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "AuthorUserId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_MarketplaceOrderNotes_MarketplaceOrders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "MarketplaceOrders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MarketplaceOrderItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MarketplaceOrderItems" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "PartnerId" INTEGER NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "SubscriptionId" INTEGER NULL,
    "Vendor" INTEGER NOT NULL,
    "ProductName" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "UnitCost" TEXT NOT NULL,
    "MarkupPercent" TEXT NOT NULL,
    "AddOns" TEXT NOT NULL,
    "AdminEmail" TEXT NULL,
    "AdminFirstName" TEXT NULL,
    "AdminLastName" TEXT NULL,
    "TenantName" TEXT NULL,
    "Result" INTEGER NOT NULL,
    "VendorMessage" TEXT NULL,
    CONSTRAINT "FK_MarketplaceOrderItems_MarketplaceOrders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "MarketplaceOrders" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MarketplaceOrderItems_MarketplaceSubscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "MarketplaceSubscriptions" ("Id") ON DELETE SET NULL
);

CREATE INDEX "IX_MarketplaceOrderItems_OrderId" ON "MarketplaceOrderItems" ("OrderId");

CREATE INDEX "IX_MarketplaceOrderItems_PartnerId_AccountId" ON "MarketplaceOrderItems" ("PartnerId", "AccountId");

CREATE INDEX "IX_MarketplaceOrderItems_SubscriptionId" ON "MarketplaceOrderItems" ("SubscriptionId");

CREATE INDEX "IX_MarketplaceOrderNotes_OrderId_At" ON "MarketplaceOrderNotes" ("OrderId", "At");

CREATE INDEX "IX_MarketplaceOrderNotes_PartnerId_AccountId" ON "MarketplaceOrderNotes" ("PartnerId", "AccountId");

CREATE INDEX "IX_MarketplaceOrders_AccountId" ON "MarketplaceOrders" ("AccountId");

CREATE INDEX "IX_MarketplaceOrders_NextStepAt" ON "MarketplaceOrders" ("NextStepAt");

CREATE INDEX "IX_MarketplaceOrders_PartnerId_AccountId_Status_CreatedAt" ON "MarketplaceOrders" ("PartnerId", "AccountId", "Status", "CreatedAt");

CREATE INDEX "IX_MarketplaceSubscriptions_AccountId" ON "MarketplaceSubscriptions" ("AccountId");

CREATE INDEX "IX_MarketplaceSubscriptions_PartnerId_AccountId" ON "MarketplaceSubscriptions" ("PartnerId", "AccountId");
