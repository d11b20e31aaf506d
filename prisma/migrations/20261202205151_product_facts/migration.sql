-- Product facts: sizes, weight, volume, shelf life, material and allergens, all optional columns.
-- Added by ALTER TABLE (no table rebuild), so the search and listed triggers on Product stay.
ALTER TABLE "Product" ADD COLUMN "widthCm" INTEGER;
ALTER TABLE "Product" ADD COLUMN "lengthCm" INTEGER;
ALTER TABLE "Product" ADD COLUMN "heightCm" INTEGER;
ALTER TABLE "Product" ADD COLUMN "weightG" INTEGER;
ALTER TABLE "Product" ADD COLUMN "volumeMl" INTEGER;
ALTER TABLE "Product" ADD COLUMN "shelfLifeDays" INTEGER;
ALTER TABLE "Product" ADD COLUMN "material" TEXT;
ALTER TABLE "Product" ADD COLUMN "allergens" TEXT;
