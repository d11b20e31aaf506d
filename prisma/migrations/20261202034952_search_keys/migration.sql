-- Search indexes keys, not raw text: folding, stemming and spelling skeletons are TypeScript
-- (app/models/catalog/search-text.ts), shared by the index and the query, so SQL cannot compute
-- them. The triggers still see every change, whoever makes it (app, seed, raw SQL): they queue the
-- product in product_search_stale, and the app indexes the queue before it searches
-- (app/models/catalog/search-index.server.ts). A deleted product leaves the index right here.
DROP TRIGGER IF EXISTS product_search_after_insert;
DROP TRIGGER IF EXISTS product_search_after_update;
DROP TRIGGER IF EXISTS product_search_after_delete;
DROP TRIGGER IF EXISTS product_search_after_producer_update;
DROP TABLE IF EXISTS product_search;

-- title (az/en/ru), category names, descriptions, place (producer, region, district): keys only.
-- remove_diacritics 0: keys are folded already, and Cyrillic й must stay itself.
CREATE VIRTUAL TABLE product_search USING fts5(
    title, category, body, place,
    tokenize = 'unicode61 remove_diacritics 0'
);
-- Titles weigh most, then category and place, descriptions least; ORDER BY rank uses this.
-- Small weights: bm25 saturates a term's weighted count (k1 = 1.2), so weights of 10 and 3 would
-- score a title hit and a place hit nearly alike.
INSERT INTO product_search(product_search, rank) VALUES ('rank', 'bm25(1.0, 0.5, 0.1, 0.3)');

-- Products to (re)index; seq orders the work, so a change made during indexing is not lost.
CREATE TABLE product_search_stale (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id TEXT NOT NULL
);

-- The catalogue's vocabulary: each key once, with a word it came from (for "did you mean").
CREATE TABLE search_term (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    word TEXT NOT NULL
);

CREATE TRIGGER product_search_after_insert AFTER INSERT ON Product BEGIN
    INSERT INTO product_search_row (product_id) VALUES (NEW.id);
    INSERT INTO product_search_stale (product_id) VALUES (NEW.id);
END;

CREATE TRIGGER product_search_after_update AFTER UPDATE OF titleAz, titleEn, titleRu, descriptionAz, descriptionEn, descriptionRu, categoryId, producerId ON Product BEGIN
    INSERT INTO product_search_stale (product_id) VALUES (NEW.id);
END;

CREATE TRIGGER product_search_after_delete AFTER DELETE ON Product BEGIN
    DELETE FROM product_search WHERE rowid = (SELECT rid FROM product_search_row WHERE product_id = OLD.id);
    DELETE FROM product_search_row WHERE product_id = OLD.id;
END;

CREATE TRIGGER product_search_after_producer_update AFTER UPDATE OF name, regionId, district ON Producer BEGIN
    INSERT INTO product_search_stale (product_id) SELECT id FROM Product WHERE producerId = NEW.id;
END;

CREATE TRIGGER product_search_after_category_update AFTER UPDATE OF nameAz, nameEn, nameRu ON Category BEGIN
    INSERT INTO product_search_stale (product_id) SELECT id FROM Product WHERE categoryId = NEW.id;
END;

CREATE TRIGGER product_search_after_region_update AFTER UPDATE OF nameAz, nameEn, nameRu ON Region BEGIN
    INSERT INTO product_search_stale (product_id)
    SELECT p.id FROM Product p JOIN Producer pr ON pr.id = p.producerId WHERE pr.regionId = NEW.id;
END;

INSERT INTO product_search_stale (product_id) SELECT id FROM Product ORDER BY rowid;
