-- Delivery zones (issue #16): a producer delivers to all of Azerbaijan or to chosen districts, a
-- fee per zone, an optional free-delivery threshold and an estimate in days. The flat fee becomes
-- an "everywhere" zone, so every producer that delivered still does, at the same fee.
CREATE TABLE "DeliveryZone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "producerId" TEXT NOT NULL,
    "everywhere" BOOLEAN NOT NULL DEFAULT false,
    "feeQ" INTEGER NOT NULL,
    "freeFromQ" INTEGER,
    "minDays" INTEGER NOT NULL,
    "maxDays" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeliveryZone_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "DeliveryZoneDistrict" (
    "zoneId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "district" TEXT NOT NULL,

    PRIMARY KEY ("zoneId", "district"),
    CONSTRAINT "DeliveryZoneDistrict_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DeliveryZone" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "DeliveryZone_producerId_idx" ON "DeliveryZone"("producerId");

CREATE UNIQUE INDEX "DeliveryZoneDistrict_producerId_district_key" ON "DeliveryZoneDistrict"("producerId", "district");

INSERT INTO "DeliveryZone" ("id", "producerId", "everywhere", "feeQ", "freeFromQ", "minDays", "maxDays")
SELECT 'zone-' || "id", "id", true, "deliveryFeeQ", NULL, 1, 5 FROM "Producer" WHERE "offersDelivery" = true;

-- No index, view or trigger names these columns, so SQLite drops them in place (no table rebuild).
ALTER TABLE "Producer" DROP COLUMN "offersDelivery";
ALTER TABLE "Producer" DROP COLUMN "deliveryFeeQ";
