-- Delivery zones (issue #16): the flat fee becomes an "everywhere" zone for every producer that
-- delivered, before the old columns go (as in the SQLite migration of the same name).
-- CreateTable
CREATE TABLE "DeliveryZone" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "everywhere" BOOLEAN NOT NULL DEFAULT false,
    "feeQ" INTEGER NOT NULL,
    "freeFromQ" INTEGER,
    "minDays" INTEGER NOT NULL,
    "maxDays" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryZone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryZoneDistrict" (
    "zoneId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "district" TEXT NOT NULL,

    CONSTRAINT "DeliveryZoneDistrict_pkey" PRIMARY KEY ("zoneId","district")
);

-- CreateIndex
CREATE INDEX "DeliveryZone_producerId_idx" ON "DeliveryZone"("producerId");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryZoneDistrict_producerId_district_key" ON "DeliveryZoneDistrict"("producerId", "district");

-- AddForeignKey
ALTER TABLE "DeliveryZone" ADD CONSTRAINT "DeliveryZone_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryZoneDistrict" ADD CONSTRAINT "DeliveryZoneDistrict_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DeliveryZone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "DeliveryZone" ("id", "producerId", "everywhere", "feeQ", "freeFromQ", "minDays", "maxDays")
SELECT 'zone-' || "id", "id", true, "deliveryFeeQ", NULL, 1, 5 FROM "Producer" WHERE "offersDelivery" = true;

-- AlterTable
ALTER TABLE "Producer" DROP COLUMN "deliveryFeeQ",
DROP COLUMN "offersDelivery";
