-- Pickup at an ABAD centre (issue #19, item 2): the programme's fee and lead time per centre, the
-- centres each producer delivers to, and the centre an order is picked up at (fulfilment CENTRE,
-- stored as TEXT here, so the new enum value needs no statement). Columns are added by ALTER TABLE,
-- so no table is rebuilt.
ALTER TABLE "Centre" ADD COLUMN "pickupFeeQ" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Centre" ADD COLUMN "pickupDays" INTEGER NOT NULL DEFAULT 3;

CREATE TABLE "ProducerCentre" (
    "producerId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("producerId", "centreId"),
    CONSTRAINT "ProducerCentre_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProducerCentre_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "ProducerCentre_centreId_idx" ON "ProducerCentre"("centreId");

ALTER TABLE "Order" ADD COLUMN "centreId" TEXT REFERENCES "Centre" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "Order_centreId_status_idx" ON "Order"("centreId", "status");
