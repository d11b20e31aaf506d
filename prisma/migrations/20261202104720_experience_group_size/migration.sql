-- An experience's group size (Product.maxGuests, the listing form's "places per date") was only
-- kept on its dates: take the largest date's places for experiences that have none.
UPDATE "Product"
SET "maxGuests" = COALESCE((SELECT MAX("capacity") FROM "Slot" WHERE "Slot"."productId" = "Product"."id"), 0)
WHERE "kind" = 'EXPERIENCE' AND "maxGuests" = 0;
