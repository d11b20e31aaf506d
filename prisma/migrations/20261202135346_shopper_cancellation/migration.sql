-- Cancellation by the shopper: when the producer took an order on, and the shopper's requests to
-- cancel one already taken on. Order gets its column by ALTER TABLE (no table rebuild).
ALTER TABLE "Order" ADD COLUMN "acceptedAt" DATETIME;

-- Orders a producer already moved on were accepted then; a paid card order nobody acted on stays new.
UPDATE "Order" SET "acceptedAt" = COALESCE("shippedAt", "readyAt", "completedAt", "confirmedAt")
WHERE "status" IN ('SHIPPED', 'READY_FOR_PICKUP', 'COMPLETED')
   OR ("status" = 'CONFIRMED' AND EXISTS (SELECT 1 FROM "CheckoutGroup" g WHERE g."id" = "Order"."groupId" AND g."paymentMethod" = 'CASH'));

-- CreateTable
CREATE TABLE "CancelRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REQUESTED',
    "answer" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    CONSTRAINT "CancelRequest_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CancelRequest_orderId_key" ON "CancelRequest"("orderId");

-- CreateIndex
CREATE INDEX "CancelRequest_status_createdAt_idx" ON "CancelRequest"("status", "createdAt");
