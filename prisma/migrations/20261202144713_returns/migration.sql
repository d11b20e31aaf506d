-- Returns: the producer's return window, the day an order's goods came back, and return requests.
-- Producer and Order get their columns by ALTER TABLE (no table rebuild, so the triggers stay).
ALTER TABLE "Producer" ADD COLUMN "returnDays" INTEGER NOT NULL DEFAULT 14;
ALTER TABLE "Order" ADD COLUMN "returnedAt" DATETIME;

-- CreateTable
CREATE TABLE "ReturnRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "photos" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'REQUESTED',
    "answer" TEXT NOT NULL DEFAULT '',
    "amountQ" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    "decidedByStaff" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" DATETIME,
    CONSTRAINT "ReturnRequest_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ReturnRequest_orderId_key" ON "ReturnRequest"("orderId");

-- CreateIndex
CREATE INDEX "ReturnRequest_status_createdAt_idx" ON "ReturnRequest"("status", "createdAt");
