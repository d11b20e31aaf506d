-- A picture per economic region (issue #20): the processed files' folder, widths, size and placeholder.
ALTER TABLE "Region" ADD COLUMN "imageKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Region" ADD COLUMN "imageWidths" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Region" ADD COLUMN "imageWidth" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Region" ADD COLUMN "imageHeight" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Region" ADD COLUMN "imagePlaceholder" TEXT NOT NULL DEFAULT '';
