-- Consignment stock and the centre counter (issue #19, items 3 and 4): consignment notes a producer
-- sends to a centre, the stock each centre holds apart from the producer's home stock, and counter
-- sales (their id is made when the counter's form is shown, so a form sent twice sells once). The
-- enum values added (JournalKind COUNTER_SALE, LedgerAccount COUNTER_TAKINGS, ConsignmentStatus,
-- CounterPayment) are TEXT here and need no statement.
-- CreateTable
CREATE TABLE "Consignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "sentById" TEXT,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedById" TEXT,
    "receivedAt" DATETIME,
    CONSTRAINT "Consignment_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Consignment_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Consignment_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Consignment_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsignmentLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "consignmentId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT,
    "title" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "receivedQty" INTEGER,
    CONSTRAINT "ConsignmentLine_consignmentId_fkey" FOREIGN KEY ("consignmentId") REFERENCES "Consignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConsignmentLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConsignmentLine_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "Variant" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CentreStock" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "centreId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT,
    "code" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CentreStock_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CentreStock_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CentreStock_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "Variant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounterSale" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "centreId" TEXT NOT NULL,
    "sellerId" TEXT,
    "payment" TEXT NOT NULL,
    "totalQ" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CounterSale_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CounterSale_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounterSaleLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "saleId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT,
    "title" TEXT NOT NULL,
    "unitPriceQ" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "totalQ" INTEGER NOT NULL,
    "commissionQ" INTEGER NOT NULL,
    CONSTRAINT "CounterSaleLine_saleId_fkey" FOREIGN KEY ("saleId") REFERENCES "CounterSale" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CounterSaleLine_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CounterSaleLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CounterSaleLine_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "Variant" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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


-- The product page shows each centre's stock ("available at ABAD centre X today") and the centre's
-- name from the shared cache: a change to either sets the catalogue's version anew, as in
-- migration catalog_version.
CREATE TRIGGER catalog_version_centre_stock_insert AFTER INSERT ON "CentreStock" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_centre_stock_update AFTER UPDATE ON "CentreStock" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_centre_stock_delete AFTER DELETE ON "CentreStock" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_centre_insert AFTER INSERT ON "Centre" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_centre_update AFTER UPDATE ON "Centre" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_centre_delete AFTER DELETE ON "Centre" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;
