-- The storefront's shared cache (app/utils/shared-cache.server.ts) keeps what every visitor sees
-- alike; an entry is good while this value is what it was when the entry was loaded. Every insert,
-- update or delete of a row the storefront shows sets it anew, whoever writes (any node, a script,
-- the database shell). A random value rather than a count: a restored backup comes back with the
-- value of its own moment, never one that named a different state since.
CREATE TABLE "CatalogVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL DEFAULT 0
);

INSERT INTO "CatalogVersion" ("id", "version") VALUES (1, random());

CREATE TRIGGER catalog_version_region_insert AFTER INSERT ON "Region" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_region_update AFTER UPDATE ON "Region" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_region_delete AFTER DELETE ON "Region" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_sector_insert AFTER INSERT ON "Sector" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_sector_update AFTER UPDATE ON "Sector" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_sector_delete AFTER DELETE ON "Sector" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_category_insert AFTER INSERT ON "Category" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_category_update AFTER UPDATE ON "Category" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_category_delete AFTER DELETE ON "Category" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_producer_insert AFTER INSERT ON "Producer" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_producer_update AFTER UPDATE ON "Producer" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_producer_delete AFTER DELETE ON "Producer" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_producer_sector_insert AFTER INSERT ON "ProducerSector" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_producer_sector_update AFTER UPDATE ON "ProducerSector" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_producer_sector_delete AFTER DELETE ON "ProducerSector" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_product_insert AFTER INSERT ON "Product" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_product_update AFTER UPDATE ON "Product" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_product_delete AFTER DELETE ON "Product" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_variant_insert AFTER INSERT ON "Variant" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_variant_update AFTER UPDATE ON "Variant" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_variant_delete AFTER DELETE ON "Variant" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_slot_insert AFTER INSERT ON "Slot" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_slot_update AFTER UPDATE ON "Slot" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_slot_delete AFTER DELETE ON "Slot" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_stay_night_insert AFTER INSERT ON "StayNight" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_stay_night_update AFTER UPDATE ON "StayNight" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_stay_night_delete AFTER DELETE ON "StayNight" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_image_insert AFTER INSERT ON "Image" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_image_update AFTER UPDATE ON "Image" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_image_delete AFTER DELETE ON "Image" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_review_insert AFTER INSERT ON "Review" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_review_update AFTER UPDATE ON "Review" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_review_delete AFTER DELETE ON "Review" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_collection_insert AFTER INSERT ON "Collection" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_collection_update AFTER UPDATE ON "Collection" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_collection_delete AFTER DELETE ON "Collection" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_collection_item_insert AFTER INSERT ON "CollectionItem" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_collection_item_update AFTER UPDATE ON "CollectionItem" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_collection_item_delete AFTER DELETE ON "CollectionItem" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_delivery_zone_insert AFTER INSERT ON "DeliveryZone" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_delivery_zone_update AFTER UPDATE ON "DeliveryZone" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_delivery_zone_delete AFTER DELETE ON "DeliveryZone" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_delivery_zone_district_insert AFTER INSERT ON "DeliveryZoneDistrict" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_delivery_zone_district_update AFTER UPDATE ON "DeliveryZoneDistrict" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

CREATE TRIGGER catalog_version_delivery_zone_district_delete AFTER DELETE ON "DeliveryZoneDistrict" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;

-- Reviews show their author's first name.
CREATE TRIGGER catalog_version_user_name AFTER UPDATE OF "name" ON "User" BEGIN
    UPDATE "CatalogVersion" SET "version" = random() WHERE "id" = 1;
END;
