-- Schema version 5: the mail outbox (e-mails committed with the change they report, sent afterwards).
CREATE TABLE IF NOT EXISTS "OutboxMails" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMails" PRIMARY KEY AUTOINCREMENT,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL
);
CREATE INDEX "IX_OutboxMails_SentAt_Id" ON "OutboxMails" ("SentAt", "Id");
