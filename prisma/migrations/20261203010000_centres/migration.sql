-- ABAD centres (issue #19): the programme's own shops and pickup points, and the CENTRE_STAFF
-- role (stored as TEXT here, so the new enum value needs no statement). User gains its column by
-- ALTER TABLE, not a table rebuild.
CREATE TABLE "Centre" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameAz" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "hoursAz" TEXT NOT NULL,
    "hoursEn" TEXT NOT NULL DEFAULT '',
    "hoursRu" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL,
    "mapUrl" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

ALTER TABLE "User" ADD COLUMN "centreId" TEXT REFERENCES "Centre" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "User_centreId_idx" ON "User"("centreId");
