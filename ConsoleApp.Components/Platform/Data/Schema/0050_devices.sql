-- Schema version 50: device ordering (company settings, catalog, HR directory, lines, baskets, orders, history, dealer hand-offs).
CREATE TABLE "DeviceCarriers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceCarriers" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "DealerName" TEXT NOT NULL,
    "DealerEmail" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceCarriers_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE CASCADE
);
CREATE TABLE "DeviceCompanySettings" (
    "CompanyId" INTEGER NOT NULL CONSTRAINT "PK_DeviceCompanySettings" PRIMARY KEY,
    "UsesEndUserRequestsMenu" INTEGER NOT NULL,
    "RequiresApproval" INTEGER NOT NULL,
    "RequiresEmployeeNumber" INTEGER NOT NULL,
    "AllowsIneligibleUpgradeWithReason" INTEGER NOT NULL,
    "UpgradeAfterMonths" INTEGER NOT NULL,
    "DefaultShippingLocation" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceCompanySettings_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE CASCADE
);
CREATE TABLE "HrEmployees" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HrEmployees" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "FullName" TEXT NOT NULL,
    "EmployeeNumber" TEXT NOT NULL,
    "AccountingCodes" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Department" TEXT NOT NULL,
    "ManagerId" INTEGER NULL,
    "UserId" TEXT NULL,
    CONSTRAINT "FK_HrEmployees_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HrEmployees_HrEmployees_ManagerId" FOREIGN KEY ("ManagerId") REFERENCES "HrEmployees" ("Id") ON DELETE SET NULL
);
CREATE TABLE "CatalogAccessories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CatalogAccessories" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "CarrierId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Price" TEXT NOT NULL,
    CONSTRAINT "FK_CatalogAccessories_DeviceCarriers_CarrierId" FOREIGN KEY ("CarrierId") REFERENCES "DeviceCarriers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "CatalogDevices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CatalogDevices" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "CarrierId" INTEGER NOT NULL,
    "Make" TEXT NOT NULL,
    "Model" TEXT NOT NULL,
    "Colours" TEXT NOT NULL,
    CONSTRAINT "FK_CatalogDevices_DeviceCarriers_CarrierId" FOREIGN KEY ("CarrierId") REFERENCES "DeviceCarriers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "MobileLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MobileLines" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "EmployeeId" INTEGER NOT NULL,
    "CarrierId" INTEGER NOT NULL,
    "PhoneNumber" TEXT NOT NULL,
    "CurrentDevice" TEXT NOT NULL,
    "ContractStart" TEXT NOT NULL,
    "ContractEnd" TEXT NOT NULL,
    "ContractBalance" TEXT NOT NULL,
    CONSTRAINT "FK_MobileLines_DeviceCarriers_CarrierId" FOREIGN KEY ("CarrierId") REFERENCES "DeviceCarriers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MobileLines_HrEmployees_EmployeeId" FOREIGN KEY ("EmployeeId") REFERENCES "HrEmployees" ("Id") ON DELETE CASCADE
);
CREATE TABLE "CatalogAccessoryFits" (
    "AccessoryId" INTEGER NOT NULL,
    "DeviceId" INTEGER NOT NULL,
    "CompanyId" INTEGER NOT NULL,
    CONSTRAINT "PK_CatalogAccessoryFits" PRIMARY KEY ("AccessoryId", "DeviceId"),
    CONSTRAINT "FK_CatalogAccessoryFits_CatalogAccessories_AccessoryId" FOREIGN KEY ("AccessoryId") REFERENCES "CatalogAccessories" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CatalogAccessoryFits_CatalogDevices_DeviceId" FOREIGN KEY ("DeviceId") REFERENCES "CatalogDevices" ("Id") ON DELETE CASCADE
);
CREATE TABLE "CatalogDeviceOptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CatalogDeviceOptions" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "DeviceId" INTEGER NOT NULL,
    "StorageGb" INTEGER NOT NULL,
    "TermMonths" INTEGER NOT NULL,
    "Price" TEXT NOT NULL,
    CONSTRAINT "FK_CatalogDeviceOptions_CatalogDevices_DeviceId" FOREIGN KEY ("DeviceId") REFERENCES "CatalogDevices" ("Id") ON DELETE CASCADE
);
CREATE TABLE "DeviceSpareStock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceSpareStock" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "DeviceId" INTEGER NOT NULL,
    "StorageGb" INTEGER NOT NULL,
    "Colour" TEXT NOT NULL,
    "Available" INTEGER NOT NULL,
    "Location" TEXT NOT NULL,
    CONSTRAINT "CK_DeviceSpareStock_Available" CHECK ("Available" >= 0),
    CONSTRAINT "FK_DeviceSpareStock_CatalogDevices_DeviceId" FOREIGN KEY ("DeviceId") REFERENCES "CatalogDevices" ("Id") ON DELETE CASCADE
);
CREATE TABLE "DeviceBaskets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceBaskets" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "CarrierId" INTEGER NOT NULL,
    "UpgradeLineId" INTEGER NULL,
    "CheckoutJson" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceBaskets_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeviceBaskets_DeviceCarriers_CarrierId" FOREIGN KEY ("CarrierId") REFERENCES "DeviceCarriers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeviceBaskets_MobileLines_UpgradeLineId" FOREIGN KEY ("UpgradeLineId") REFERENCES "MobileLines" ("Id")
);
CREATE TABLE "DeviceOrders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceOrders" PRIMARY KEY AUTOINCREMENT,
    "CompanyId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "CarrierId" INTEGER NOT NULL,
    "CarrierName" TEXT NOT NULL,
    "RequesterUserId" TEXT NOT NULL,
    "RequesterName" TEXT NOT NULL,
    "RequesterEmail" TEXT NOT NULL,
    "NotifyEmails" TEXT NOT NULL,
    "ShippingLocation" TEXT NOT NULL,
    "AttentionTo" TEXT NOT NULL,
    "DealerNotes" TEXT NOT NULL,
    "EmployeeId" INTEGER NULL,
    "EmployeeName" TEXT NOT NULL,
    "EmployeeNumber" TEXT NOT NULL,
    "AccountingCodes" TEXT NOT NULL,
    "UpgradeLineId" INTEGER NULL,
    "UpgradePhoneNumber" TEXT NOT NULL,
    "UpgradeEligible" INTEGER NULL,
    "UpgradeReason" TEXT NOT NULL,
    "ApproverUserId" TEXT NULL,
    "ApproverName" TEXT NULL,
    "DecisionReason" TEXT NULL,
    "DevicesTotal" TEXT NOT NULL,
    "AccessoriesTotal" TEXT NOT NULL,
    "Total" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "SentToDealerAt" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceOrders_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeviceOrders_DeviceCarriers_CarrierId" FOREIGN KEY ("CarrierId") REFERENCES "DeviceCarriers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeviceOrders_HrEmployees_EmployeeId" FOREIGN KEY ("EmployeeId") REFERENCES "HrEmployees" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_DeviceOrders_MobileLines_UpgradeLineId" FOREIGN KEY ("UpgradeLineId") REFERENCES "MobileLines" ("Id") ON DELETE SET NULL
);
CREATE TABLE "DeviceBasketItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceBasketItems" PRIMARY KEY AUTOINCREMENT,
    "BasketId" INTEGER NOT NULL,
    "CompanyId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "DeviceId" INTEGER NULL,
    "OptionId" INTEGER NULL,
    "AccessoryId" INTEGER NULL,
    "ParentItemId" INTEGER NULL,
    "SpareStockId" INTEGER NULL,
    "Description" TEXT NOT NULL,
    "StorageGb" INTEGER NULL,
    "TermMonths" INTEGER NULL,
    "Colour" TEXT NULL,
    "UnitPrice" TEXT NOT NULL,
    "AddedAt" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceBasketItems_CatalogAccessories_AccessoryId" FOREIGN KEY ("AccessoryId") REFERENCES "CatalogAccessories" ("Id"),
    CONSTRAINT "FK_DeviceBasketItems_CatalogDeviceOptions_OptionId" FOREIGN KEY ("OptionId") REFERENCES "CatalogDeviceOptions" ("Id"),
    CONSTRAINT "FK_DeviceBasketItems_CatalogDevices_DeviceId" FOREIGN KEY ("DeviceId") REFERENCES "CatalogDevices" ("Id"),
    CONSTRAINT "FK_DeviceBasketItems_DeviceBaskets_BasketId" FOREIGN KEY ("BasketId") REFERENCES "DeviceBaskets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeviceBasketItems_DeviceSpareStock_SpareStockId" FOREIGN KEY ("SpareStockId") REFERENCES "DeviceSpareStock" ("Id")
);
CREATE TABLE "DeviceDealerHandoffs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceDealerHandoffs" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "CompanyId" INTEGER NOT NULL,
    "CarrierId" INTEGER NOT NULL,
    "DealerEmail" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceDealerHandoffs_DeviceCarriers_CarrierId" FOREIGN KEY ("CarrierId") REFERENCES "DeviceCarriers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeviceDealerHandoffs_DeviceOrders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "DeviceOrders" ("Id") ON DELETE CASCADE
);
CREATE TABLE "DeviceOrderEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceOrderEvents" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "CompanyId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "FromStatus" INTEGER NULL,
    "ToStatus" INTEGER NOT NULL,
    "Note" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceOrderEvents_DeviceOrders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "DeviceOrders" ("Id") ON DELETE CASCADE
);
CREATE TABLE "DeviceOrderItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeviceOrderItems" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "CompanyId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "DeviceId" INTEGER NULL,
    "OptionId" INTEGER NULL,
    "AccessoryId" INTEGER NULL,
    "ParentItemId" INTEGER NULL,
    "SpareStockId" INTEGER NULL,
    "Description" TEXT NOT NULL,
    "StorageGb" INTEGER NULL,
    "TermMonths" INTEGER NULL,
    "Colour" TEXT NULL,
    "UnitPrice" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceOrderItems_DeviceOrders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "DeviceOrders" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CatalogAccessories_CarrierId" ON "CatalogAccessories" ("CarrierId");
CREATE INDEX "IX_CatalogAccessories_CompanyId_CarrierId" ON "CatalogAccessories" ("CompanyId", "CarrierId");
CREATE INDEX "IX_CatalogAccessoryFits_DeviceId" ON "CatalogAccessoryFits" ("DeviceId");
CREATE UNIQUE INDEX "IX_CatalogDeviceOptions_DeviceId_StorageGb_TermMonths" ON "CatalogDeviceOptions" ("DeviceId", "StorageGb", "TermMonths");
CREATE INDEX "IX_CatalogDevices_CarrierId" ON "CatalogDevices" ("CarrierId");
CREATE INDEX "IX_CatalogDevices_CompanyId_CarrierId_Make" ON "CatalogDevices" ("CompanyId", "CarrierId", "Make");
CREATE INDEX "IX_DeviceBasketItems_AccessoryId" ON "DeviceBasketItems" ("AccessoryId");
CREATE INDEX "IX_DeviceBasketItems_BasketId" ON "DeviceBasketItems" ("BasketId");
CREATE INDEX "IX_DeviceBasketItems_DeviceId" ON "DeviceBasketItems" ("DeviceId");
CREATE INDEX "IX_DeviceBasketItems_OptionId" ON "DeviceBasketItems" ("OptionId");
CREATE INDEX "IX_DeviceBasketItems_SpareStockId" ON "DeviceBasketItems" ("SpareStockId");
CREATE INDEX "IX_DeviceBaskets_CarrierId" ON "DeviceBaskets" ("CarrierId");
CREATE UNIQUE INDEX "IX_DeviceBaskets_CompanyId_UserId" ON "DeviceBaskets" ("CompanyId", "UserId");
CREATE INDEX "IX_DeviceBaskets_UpgradeLineId" ON "DeviceBaskets" ("UpgradeLineId");
CREATE UNIQUE INDEX "IX_DeviceCarriers_CompanyId_Name" ON "DeviceCarriers" ("CompanyId", "Name");
CREATE INDEX "IX_DeviceDealerHandoffs_CarrierId" ON "DeviceDealerHandoffs" ("CarrierId");
CREATE UNIQUE INDEX "IX_DeviceDealerHandoffs_OrderId" ON "DeviceDealerHandoffs" ("OrderId");
CREATE INDEX "IX_DeviceOrderEvents_OrderId_At" ON "DeviceOrderEvents" ("OrderId", "At");
CREATE INDEX "IX_DeviceOrderItems_OrderId" ON "DeviceOrderItems" ("OrderId");
CREATE INDEX "IX_DeviceOrders_CarrierId" ON "DeviceOrders" ("CarrierId");
CREATE INDEX "IX_DeviceOrders_CompanyId_CreatedAt" ON "DeviceOrders" ("CompanyId", "CreatedAt");
CREATE INDEX "IX_DeviceOrders_CompanyId_RequesterUserId_CreatedAt" ON "DeviceOrders" ("CompanyId", "RequesterUserId", "CreatedAt");
CREATE INDEX "IX_DeviceOrders_CompanyId_Status_ApproverUserId" ON "DeviceOrders" ("CompanyId", "Status", "ApproverUserId");
CREATE INDEX "IX_DeviceOrders_EmployeeId" ON "DeviceOrders" ("EmployeeId");
CREATE INDEX "IX_DeviceOrders_UpgradeLineId" ON "DeviceOrders" ("UpgradeLineId");
CREATE INDEX "IX_DeviceSpareStock_CompanyId_DeviceId" ON "DeviceSpareStock" ("CompanyId", "DeviceId");
CREATE INDEX "IX_DeviceSpareStock_DeviceId" ON "DeviceSpareStock" ("DeviceId");
CREATE INDEX "IX_HrEmployees_CompanyId_FullName" ON "HrEmployees" ("CompanyId", "FullName");
CREATE INDEX "IX_HrEmployees_ManagerId" ON "HrEmployees" ("ManagerId");
CREATE INDEX "IX_HrEmployees_UserId" ON "HrEmployees" ("UserId");
CREATE INDEX "IX_MobileLines_CarrierId" ON "MobileLines" ("CarrierId");
CREATE UNIQUE INDEX "IX_MobileLines_CompanyId_PhoneNumber" ON "MobileLines" ("CompanyId", "PhoneNumber");
CREATE INDEX "IX_MobileLines_EmployeeId" ON "MobileLines" ("EmployeeId");
