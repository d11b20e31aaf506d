-- CreateEnum
CREATE TYPE "ConsignmentStatus" AS ENUM ('SENT', 'RECEIVED');

-- CreateEnum
CREATE TYPE "CounterPayment" AS ENUM ('CASH', 'CARD_PRESENT');

-- AlterEnum
ALTER TYPE "JournalKind" ADD VALUE 'COUNTER_SALE';

-- AlterEnum
ALTER TYPE "LedgerAccount" ADD VALUE 'COUNTER_TAKINGS';

-- CreateTable
CREATE TABLE "Consignment" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "status" "ConsignmentStatus" NOT NULL DEFAULT 'SENT',
    "sentById" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedById" TEXT,
    "receivedAt" TIMESTAMP(3),

    CONSTRAINT "Consignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsignmentLine" (
    "id" TEXT NOT NULL,
    "consignmentId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT,
    "title" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "receivedQty" INTEGER,

    CONSTRAINT "ConsignmentLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CentreStock" (
    "id" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT,
    "code" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CentreStock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounterSale" (
    "id" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "sellerId" TEXT,
    "payment" "CounterPayment" NOT NULL,
    "totalQ" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CounterSale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounterSaleLine" (
    "id" TEXT NOT NULL,
    "saleId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT,
    "title" TEXT NOT NULL,
    "unitPriceQ" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "totalQ" INTEGER NOT NULL,
    "commissionQ" INTEGER NOT NULL,

    CONSTRAINT "CounterSaleLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Consignment_number_key" ON "Consignment"("number");

-- CreateIndex
CREATE INDEX "Consignment_producerId_sentAt_idx" ON "Consignment"("producerId", "sentAt");

-- CreateIndex
CREATE INDEX "Consignment_centreId_status_idx" ON "Consignment"("centreId", "status");

-- CreateIndex
CREATE INDEX "ConsignmentLine_consignmentId_idx" ON "ConsignmentLine"("consignmentId");

-- CreateIndex
CREATE INDEX "CentreStock_productId_idx" ON "CentreStock"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "CentreStock_centreId_code_key" ON "CentreStock"("centreId", "code");

-- CreateIndex
CREATE INDEX "CounterSale_centreId_createdAt_idx" ON "CounterSale"("centreId", "createdAt");

-- CreateIndex
CREATE INDEX "CounterSaleLine_saleId_idx" ON "CounterSaleLine"("saleId");

-- CreateIndex
CREATE INDEX "CounterSaleLine_producerId_idx" ON "CounterSaleLine"("producerId");

-- AddForeignKey
ALTER TABLE "Consignment" ADD CONSTRAINT "Consignment_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consignment" ADD CONSTRAINT "Consignment_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consignment" ADD CONSTRAINT "Consignment_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consignment" ADD CONSTRAINT "Consignment_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsignmentLine" ADD CONSTRAINT "ConsignmentLine_consignmentId_fkey" FOREIGN KEY ("consignmentId") REFERENCES "Consignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsignmentLine" ADD CONSTRAINT "ConsignmentLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsignmentLine" ADD CONSTRAINT "ConsignmentLine_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "Variant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreStock" ADD CONSTRAINT "CentreStock_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreStock" ADD CONSTRAINT "CentreStock_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreStock" ADD CONSTRAINT "CentreStock_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "Variant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSale" ADD CONSTRAINT "CounterSale_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSale" ADD CONSTRAINT "CounterSale_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSaleLine" ADD CONSTRAINT "CounterSaleLine_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "CounterSale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSaleLine" ADD CONSTRAINT "CounterSaleLine_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSaleLine" ADD CONSTRAINT "CounterSaleLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterSaleLine" ADD CONSTRAINT "CounterSaleLine_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "Variant"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- As the SQLite migration of the same name: the product page shows each centre's stock and the
-- centre's name from the shared cache (migration catalog_version).
CREATE CONSTRAINT TRIGGER catalog_version_centre_stock AFTER INSERT OR UPDATE OR DELETE ON "CentreStock"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();

CREATE CONSTRAINT TRIGGER catalog_version_centre AFTER INSERT OR UPDATE OR DELETE ON "Centre"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();
