-- The storefront's region filter and producer pages: a producer's listed products.
CREATE INDEX "Product_producerId_listed_idx" ON "Product"("producerId", "listed");
