-- Three kinds of listing: GOOD, EXPERIENCE (dated sessions) and STAY (booked by the night).
-- Only columns are added (no table rebuild), so the search and listed triggers on Product stay.
ALTER TABLE "Product" ADD COLUMN "languages" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "included" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "bring" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "cancellationPolicy" TEXT NOT NULL DEFAULT 'MODERATE';
ALTER TABLE "Product" ADD COLUMN "maxGuests" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Product" ADD COLUMN "minNights" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Product" ADD COLUMN "weekendPriceQ" INTEGER;
ALTER TABLE "Product" ADD COLUMN "seasonPriceQ" INTEGER;

ALTER TABLE "CartLine" ADD COLUMN "checkIn" TEXT;
ALTER TABLE "CartLine" ADD COLUMN "nights" INTEGER;
DROP INDEX "CartLine_cartId_productId_variantId_slotId_key";
CREATE UNIQUE INDEX "CartLine_cartId_productId_variantId_slotId_checkIn_key" ON "CartLine"("cartId", "productId", "variantId", "slotId", "checkIn");

ALTER TABLE "OrderLine" ADD COLUMN "checkIn" TEXT;
ALTER TABLE "OrderLine" ADD COLUMN "checkOut" TEXT;
ALTER TABLE "OrderLine" ADD COLUMN "guests" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "StayNight" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "productId" TEXT NOT NULL,
    "night" TEXT NOT NULL,
    "orderLineId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StayNight_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StayNight_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "OrderLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "StayNight_productId_night_key" ON "StayNight"("productId", "night");
CREATE INDEX "StayNight_orderLineId_idx" ON "StayNight"("orderLineId");

-- Rooms sold by the night were experiences with one slot per night: they become stays for two.
-- Their per-night slots no longer sell anything; those nobody booked go.
UPDATE "Product" SET "kind" = 'STAY', "maxGuests" = 2 WHERE "unit" = 'night' AND "kind" = 'EXPERIENCE';
DELETE FROM "Slot" WHERE "seatsTaken" = 0 AND "productId" IN (SELECT "id" FROM "Product" WHERE "kind" = 'STAY')
  AND "id" NOT IN (SELECT "slotId" FROM "OrderLine" WHERE "slotId" IS NOT NULL)
  AND "id" NOT IN (SELECT "slotId" FROM "CartLine" WHERE "slotId" IS NOT NULL);
