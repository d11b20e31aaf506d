-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "allergens" TEXT,
ADD COLUMN     "heightCm" INTEGER,
ADD COLUMN     "lengthCm" INTEGER,
ADD COLUMN     "material" TEXT,
ADD COLUMN     "shelfLifeDays" INTEGER,
ADD COLUMN     "volumeMl" INTEGER,
ADD COLUMN     "weightG" INTEGER,
ADD COLUMN     "widthCm" INTEGER;

