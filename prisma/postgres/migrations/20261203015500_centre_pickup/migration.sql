-- AlterEnum
ALTER TYPE "Fulfilment" ADD VALUE 'CENTRE';

-- AlterTable
ALTER TABLE "Centre" ADD COLUMN     "pickupDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "pickupFeeQ" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "centreId" TEXT;

-- CreateTable
CREATE TABLE "ProducerCentre" (
    "producerId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProducerCentre_pkey" PRIMARY KEY ("producerId","centreId")
);

-- CreateIndex
CREATE INDEX "ProducerCentre_centreId_idx" ON "ProducerCentre"("centreId");

-- CreateIndex
CREATE INDEX "Order_centreId_status_idx" ON "Order"("centreId", "status");

-- AddForeignKey
ALTER TABLE "ProducerCentre" ADD CONSTRAINT "ProducerCentre_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProducerCentre" ADD CONSTRAINT "ProducerCentre_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

