-- Pending changes to live listings and profiles (one mechanism for both), photos that belong to
-- such a change, and the producer's reply and staff's hiding of reviews.

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "pendingKey" TEXT,
    "changes" TEXT NOT NULL DEFAULT '{}',
    "reason" TEXT NOT NULL DEFAULT '',
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    CONSTRAINT "Revision_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Revision_pendingKey_key" ON "Revision"("pendingKey");
CREATE INDEX "Revision_status_submittedAt_idx" ON "Revision"("status", "submittedAt");
CREATE INDEX "Revision_subjectType_subjectId_status_idx" ON "Revision"("subjectType", "subjectId", "status");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Image" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileKey" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "productId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "alt" TEXT NOT NULL DEFAULT '',
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "widths" TEXT NOT NULL,
    "placeholder" TEXT NOT NULL DEFAULT '',
    "revisionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Image_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Image_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Image_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Image" ("id", "fileKey", "producerId", "productId", "position", "alt", "width", "height", "widths", "placeholder", "createdAt")
  SELECT "id", "fileKey", "producerId", "productId", "position", "alt", "width", "height", "widths", "placeholder", "createdAt" FROM "Image";
DROP TABLE "Image";
ALTER TABLE "new_Image" RENAME TO "Image";
CREATE INDEX "Image_productId_position_idx" ON "Image"("productId", "position");
CREATE INDEX "Image_producerId_idx" ON "Image"("producerId");
CREATE INDEX "Image_revisionId_idx" ON "Image"("revisionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- AlterTable: plain columns with defaults need no redefinition
ALTER TABLE "Review" ADD COLUMN "reply" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Review" ADD COLUMN "repliedAt" DATETIME;
ALTER TABLE "Review" ADD COLUMN "hiddenAt" DATETIME;
ALTER TABLE "Review" ADD COLUMN "hiddenReason" TEXT NOT NULL DEFAULT '';
