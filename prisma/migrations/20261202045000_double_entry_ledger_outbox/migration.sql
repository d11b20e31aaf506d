-- A double-entry ledger in place of the single-entry LedgerEntry (which credited cash sales
-- as money owed to producers), a durable outbox for every external effect, and the list of
-- card payments that did not match their checkout. Pre-launch: the old ledger rows are not
-- carried over.
DROP INDEX "LedgerEntry_producerId_createdAt_idx";
DROP INDEX "LedgerEntry_orderId_kind_key";
DROP TABLE "LedgerEntry";

ALTER TABLE "Producer" ADD COLUMN "bankChangedAt" DATETIME;
ALTER TABLE "Producer" ADD COLUMN "bankConfirmedAt" DATETIME;
ALTER TABLE "Producer" ADD COLUMN "bankConfirmedById" TEXT;

ALTER TABLE "CheckoutGroup" ADD COLUMN "sessionAmountQ" INTEGER;
ALTER TABLE "CheckoutGroup" ADD COLUMN "receivedQ" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "CheckoutGroup" ADD COLUMN "reservedUntil" DATETIME;

ALTER TABLE "Order" ADD COLUMN "refundedQ" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Order" ADD COLUMN "refundedAt" DATETIME;

ALTER TABLE "PayoutItem" ADD COLUMN "payableQ" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "PayoutItem" ADD COLUMN "receivableQ" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "PayoutItem" ADD COLUMN "method" TEXT NOT NULL DEFAULT 'BANK';
ALTER TABLE "PayoutItem" ADD COLUMN "bankHolder" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PayoutItem" ADD COLUMN "bankIban" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "LedgerJournal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "orderId" TEXT,
    "groupId" TEXT,
    "batchId" TEXT,
    "memo" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LedgerJournal_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LedgerJournal_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CheckoutGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LedgerJournal_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PayoutBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LedgerPosting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "journalId" INTEGER NOT NULL,
    "account" TEXT NOT NULL,
    "producerId" TEXT,
    "amountQ" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LedgerPosting_journalId_fkey" FOREIGN KEY ("journalId") REFERENCES "LedgerJournal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LedgerPosting_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "runAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" DATETIME
);

-- CreateTable
CREATE TABLE "PaymentProblem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT,
    "stripeSessionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amountQ" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    "resolvedById" TEXT,
    CONSTRAINT "PaymentProblem_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CheckoutGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE UNIQUE INDEX "LedgerJournal_key_key" ON "LedgerJournal"("key");
CREATE INDEX "LedgerJournal_orderId_idx" ON "LedgerJournal"("orderId");
CREATE INDEX "LedgerJournal_batchId_idx" ON "LedgerJournal"("batchId");
CREATE INDEX "LedgerPosting_producerId_account_idx" ON "LedgerPosting"("producerId", "account");
CREATE INDEX "LedgerPosting_account_idx" ON "LedgerPosting"("account");
CREATE INDEX "LedgerPosting_journalId_idx" ON "LedgerPosting"("journalId");
CREATE UNIQUE INDEX "OutboxJob_key_key" ON "OutboxJob"("key");
CREATE INDEX "OutboxJob_status_runAt_idx" ON "OutboxJob"("status", "runAt");
CREATE INDEX "PaymentProblem_resolvedAt_idx" ON "PaymentProblem"("resolvedAt");
