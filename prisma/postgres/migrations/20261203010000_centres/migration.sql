-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CENTRE_STAFF';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "centreId" TEXT;

-- CreateTable
CREATE TABLE "Centre" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Centre_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "User_centreId_idx" ON "User"("centreId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

