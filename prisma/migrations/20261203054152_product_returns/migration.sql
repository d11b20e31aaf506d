-- Returns per listing (issue #16, item 3): food and goods made to measure are not returned by
-- default, and the family may say otherwise on any good (null: as usual). Added by ALTER TABLE, so
-- Product (which has triggers) is not rebuilt.
ALTER TABLE "Product" ADD COLUMN "acceptsReturns" BOOLEAN;
