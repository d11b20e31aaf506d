-- Full-text search over products (titles and descriptions in az/en/ru, producer name, region).
-- unicode61 with remove_diacritics 2 folds case and ş ç ğ ö ü; ə and ı are letters of their own,
-- so they are mapped to e and i here and, identically, on the query side (app/models/catalog/search-query.ts).
-- product_search_row gives each product a stable integer rowid for the FTS table.
CREATE TABLE product_search_row (
    rid INTEGER PRIMARY KEY,
    product_id TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE product_search USING fts5(
    title, description, producer, region,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER product_search_after_insert AFTER INSERT ON Product BEGIN
    INSERT INTO product_search_row (product_id) VALUES (NEW.id);
    INSERT INTO product_search (rowid, title, description, producer, region) SELECT m.rid, replace(replace(replace(replace(NEW.titleAz || ' ' || NEW.titleEn || ' ' || NEW.titleRu,'ə','e'),'Ə','E'),'ı','i'),'İ','I'), replace(replace(replace(replace(NEW.descriptionAz || ' ' || NEW.descriptionEn || ' ' || NEW.descriptionRu,'ə','e'),'Ə','E'),'ı','i'),'İ','I'), replace(replace(replace(replace(p.name,'ə','e'),'Ə','E'),'ı','i'),'İ','I'), replace(replace(replace(replace(r.nameAz || ' ' || r.nameEn || ' ' || r.nameRu || ' ' || p.district,'ə','e'),'Ə','E'),'ı','i'),'İ','I') FROM product_search_row m JOIN Producer p ON p.id = NEW.producerId JOIN Region r ON r.id = p.regionId WHERE m.product_id = NEW.id;
END;

CREATE TRIGGER product_search_after_update AFTER UPDATE OF titleAz, titleEn, titleRu, descriptionAz, descriptionEn, descriptionRu, producerId ON Product BEGIN
    DELETE FROM product_search WHERE rowid = (SELECT rid FROM product_search_row WHERE product_id = NEW.id);
    INSERT INTO product_search (rowid, title, description, producer, region) SELECT m.rid, replace(replace(replace(replace(NEW.titleAz || ' ' || NEW.titleEn || ' ' || NEW.titleRu,'ə','e'),'Ə','E'),'ı','i'),'İ','I'), replace(replace(replace(replace(NEW.descriptionAz || ' ' || NEW.descriptionEn || ' ' || NEW.descriptionRu,'ə','e'),'Ə','E'),'ı','i'),'İ','I'), replace(replace(replace(replace(p.name,'ə','e'),'Ə','E'),'ı','i'),'İ','I'), replace(replace(replace(replace(r.nameAz || ' ' || r.nameEn || ' ' || r.nameRu || ' ' || p.district,'ə','e'),'Ə','E'),'ı','i'),'İ','I') FROM product_search_row m JOIN Producer p ON p.id = NEW.producerId JOIN Region r ON r.id = p.regionId WHERE m.product_id = NEW.id;
END;

CREATE TRIGGER product_search_after_delete AFTER DELETE ON Product BEGIN
    DELETE FROM product_search WHERE rowid = (SELECT rid FROM product_search_row WHERE product_id = OLD.id);
    DELETE FROM product_search_row WHERE product_id = OLD.id;
END;

CREATE TRIGGER product_search_after_producer_update AFTER UPDATE OF name, regionId, district ON Producer BEGIN
    UPDATE product_search SET
        producer = replace(replace(replace(replace(NEW.name,'ə','e'),'Ə','E'),'ı','i'),'İ','I'),
        region = (SELECT replace(replace(replace(replace(r.nameAz || ' ' || r.nameEn || ' ' || r.nameRu || ' ' || NEW.district,'ə','e'),'Ə','E'),'ı','i'),'İ','I') FROM Region r WHERE r.id = NEW.regionId)
    WHERE rowid IN (SELECT m.rid FROM product_search_row m JOIN Product pr ON pr.id = m.product_id WHERE pr.producerId = NEW.id);
END;
