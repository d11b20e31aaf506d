-- Messages between shoppers and producers, and low-stock / season alerts for producers.
-- Product and Variant get their columns by ALTER TABLE (not a table rebuild) so the triggers on Product stay.
-- CreateTable
CREATE TABLE "MessageThread" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "producerId" TEXT NOT NULL,
    "shopperId" TEXT,
    "productId" TEXT,
    "orderId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "lastForShopperAt" DATETIME,
    "lastForProducerAt" DATETIME,
    "lastMessageAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportedAt" DATETIME,
    "reportedById" TEXT,
    "reportReason" TEXT NOT NULL DEFAULT '',
    "closedAt" DATETIME,
    "closedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MessageThread_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MessageThread_shopperId_fkey" FOREIGN KEY ("shopperId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MessageThread_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MessageThread_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT,
    "side" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "MessageThread" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MessageReader" (
    "threadId" TEXT NOT NULL,
    "reader" TEXT NOT NULL,
    "lastReadAt" DATETIME,
    "lastMailedAt" DATETIME,
    "mailDueAt" DATETIME,

    PRIMARY KEY ("threadId", "reader"),
    CONSTRAINT "MessageReader_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "MessageThread" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StockDigest" (
    "producerId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "items" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("producerId", "day"),
    CONSTRAINT "StockDigest_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Product" ADD COLUMN "lowStockThreshold" INTEGER NOT NULL DEFAULT 3;
ALTER TABLE "Product" ADD COLUMN "lowStockAlertedAt" DATETIME;
ALTER TABLE "Product" ADD COLUMN "seasonAlertedAt" DATETIME;
ALTER TABLE "Variant" ADD COLUMN "lowStockThreshold" INTEGER NOT NULL DEFAULT 3;
ALTER TABLE "Variant" ADD COLUMN "lowStockAlertedAt" DATETIME;

-- CreateIndex
CREATE UNIQUE INDEX "MessageThread_orderId_key" ON "MessageThread"("orderId");

-- CreateIndex
CREATE INDEX "MessageThread_producerId_lastMessageAt_idx" ON "MessageThread"("producerId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "MessageThread_shopperId_lastMessageAt_idx" ON "MessageThread"("shopperId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "MessageThread_shopperId_productId_idx" ON "MessageThread"("shopperId", "productId");

-- CreateIndex
CREATE INDEX "MessageThread_reportedAt_idx" ON "MessageThread"("reportedAt");

-- CreateIndex
CREATE INDEX "Message_threadId_createdAt_idx" ON "Message"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_authorId_createdAt_idx" ON "Message"("authorId", "createdAt");

