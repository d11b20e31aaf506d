-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "acceptsReturns" BOOLEAN;

