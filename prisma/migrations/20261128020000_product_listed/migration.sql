-- Product.listed: true exactly when the product is on the storefront (PUBLISHED by an ACTIVE
-- producer). Storefront queries filter and sort on it through its own indexes instead of
-- joining every candidate row to its producer. Triggers keep it right whoever changes a status.
ALTER TABLE "Product" ADD COLUMN "listed" BOOLEAN NOT NULL DEFAULT false;

UPDATE "Product" SET "listed" = ("status" = 'PUBLISHED' AND (SELECT "status" FROM "Producer" WHERE "id" = "Product"."producerId") = 'ACTIVE');

CREATE INDEX "Product_listed_publishedAt_idx" ON "Product"("listed", "publishedAt");
CREATE INDEX "Product_listed_priceQ_idx" ON "Product"("listed", "priceQ");
CREATE INDEX "Product_listed_salesCount_idx" ON "Product"("listed", "salesCount");
CREATE INDEX "Product_listed_categoryId_publishedAt_idx" ON "Product"("listed", "categoryId", "publishedAt");

CREATE TRIGGER product_listed_after_insert AFTER INSERT ON "Product" BEGIN
    UPDATE "Product" SET "listed" = (NEW."status" = 'PUBLISHED' AND (SELECT "status" FROM "Producer" WHERE "id" = NEW."producerId") = 'ACTIVE')
    WHERE "id" = NEW."id";
END;

CREATE TRIGGER product_listed_after_update AFTER UPDATE OF "status", "producerId", "listed" ON "Product" BEGIN
    UPDATE "Product" SET "listed" = (NEW."status" = 'PUBLISHED' AND (SELECT "status" FROM "Producer" WHERE "id" = NEW."producerId") = 'ACTIVE')
    WHERE "id" = NEW."id" AND "listed" IS NOT (NEW."status" = 'PUBLISHED' AND (SELECT "status" FROM "Producer" WHERE "id" = NEW."producerId") = 'ACTIVE');
END;

CREATE TRIGGER producer_listed_after_update AFTER UPDATE OF "status" ON "Producer" BEGIN
    UPDATE "Product" SET "listed" = ("status" = 'PUBLISHED' AND NEW."status" = 'ACTIVE') WHERE "producerId" = NEW."id";
END;

-- Search ranks titles above producer names above regions above descriptions; FTS5 keeps this as
-- the table's default rank, so ORDER BY rank LIMIT n is answered inside the index.
INSERT INTO product_search(product_search, rank) VALUES ('rank', 'bm25(10.0, 2.0, 5.0, 3.0)');
