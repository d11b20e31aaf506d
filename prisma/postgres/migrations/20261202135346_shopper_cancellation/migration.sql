-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "acceptedAt" TIMESTAMP(3);

-- Orders a producer already moved on were accepted then; a paid card order nobody acted on stays new.
UPDATE "Order" SET "acceptedAt" = COALESCE("shippedAt", "readyAt", "completedAt", "confirmedAt")
WHERE "status" IN ('SHIPPED', 'READY_FOR_PICKUP', 'COMPLETED')
   OR ("status" = 'CONFIRMED' AND EXISTS (SELECT 1 FROM "CheckoutGroup" g WHERE g."id" = "Order"."groupId" AND g."paymentMethod" = 'CASH'));

-- CreateTable
CREATE TABLE "CancelRequest" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "answer" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "CancelRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CancelRequest_orderId_key" ON "CancelRequest"("orderId");

-- CreateIndex
CREATE INDEX "CancelRequest_status_createdAt_idx" ON "CancelRequest"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "CancelRequest" ADD CONSTRAINT "CancelRequest_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

