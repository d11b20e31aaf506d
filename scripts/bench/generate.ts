/**
 * Fills a fresh, migrated SQLite file with a large, realistic catalogue for benchmarks:
 * producers, products in three languages (through the real FTS triggers), images, slots,
 * orders with ledger entries and demand events. Raw better-sqlite3 in one transaction per
 * table: the point is the size of the data, not the speed of the app's write path.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

type Named = { slug: string; az: string; en: string; ru: string };

const WORDS: [string, string, string][] = [
  ["bal", "honey", "мёд"],
  ["alma", "apple", "яблоко"],
  ["nar", "pomegranate", "гранат"],
  ["fındıq", "hazelnut", "фундук"],
  ["qoz", "walnut", "грецкий орех"],
  ["halva", "halva", "халва"],
  ["mürəbbə", "jam", "варенье"],
  ["turşu", "pickle", "соленье"],
  ["pendir", "cheese", "сыр"],
  ["qaymaq", "cream", "сливки"],
  ["çay", "tea", "чай"],
  ["xalça", "carpet", "ковёр"],
  ["kəlağayı", "silk scarf", "кялагаи"],
  ["mis qab", "copper pot", "медная посуда"],
  ["kişmiş", "raisins", "изюм"],
  ["ərik", "apricot", "абрикос"],
  ["feyxoa", "feijoa", "фейхоа"],
  ["limon", "lemon", "лимон"],
  ["zəfəran", "saffron", "шафран"],
  ["doşab", "mulberry syrup", "дошаб"],
  ["lavaşana", "fruit leather", "лаваш из фруктов"],
  ["şəkərbura", "shakarbura", "шекербура"],
  ["tur", "tour", "тур"],
  ["qonaq evi", "guesthouse", "гостевой дом"],
  ["ustad dərsi", "workshop", "мастер-класс"],
];
const ADJECTIVES: [string, string, string][] = [
  ["dağ", "mountain", "горный"],
  ["ev", "homemade", "домашний"],
  ["təzə", "fresh", "свежий"],
  ["qurudulmuş", "dried", "сушёный"],
  ["təbii", "natural", "натуральный"],
  ["əl işi", "handmade", "ручной работы"],
  ["qovrulmuş", "roasted", "жареный"],
  ["yabanı", "wild", "дикий"],
];
const UNITS = ["kg", "g", "l", "piece", "jar", "bottle", "box", "m2"];

export type GenerateOptions = {
  file: string;
  products: number;
  producers: number;
  uploadsFileKey: string;
  image: { width: number; height: number; widths: string; placeholder: string };
};

export function generateCatalogue(options: GenerateOptions) {
  const db = new Database(options.file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  let seed = 20261128;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const id = () => `b${crypto.randomBytes(10).toString("hex")}`;
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const dataDir = path.join(process.cwd(), "prisma", "data");
  const { regions } = JSON.parse(fs.readFileSync(path.join(dataDir, "regions.json"), "utf8")) as { regions: (Named & { districts: string[] })[] };
  const { sectors } = JSON.parse(fs.readFileSync(path.join(dataDir, "categories.json"), "utf8")) as { sectors: (Named & { categories: Named[] })[] };

  const insertTaxonomy = db.transaction(() => {
    const region = db.prepare("INSERT INTO Region (slug, nameAz, nameEn, nameRu, districts) VALUES (?, ?, ?, ?, ?)");
    for (const r of regions) region.run(r.slug, r.az, r.en, r.ru, r.districts.join(","));
    const sector = db.prepare("INSERT INTO Sector (slug, nameAz, nameEn, nameRu, position) VALUES (?, ?, ?, ?, ?)");
    const category = db.prepare("INSERT INTO Category (slug, sectorId, nameAz, nameEn, nameRu, position) VALUES (?, ?, ?, ?, ?, ?)");
    sectors.forEach((s, i) => {
      const { lastInsertRowid } = sector.run(s.slug, s.az, s.en, s.ru, i);
      s.categories.forEach((c, j) => category.run(c.slug, lastInsertRowid, c.az, c.en, c.ru, j));
    });
    db.prepare("INSERT INTO User (id, email, name, passwordHash, role, updatedAt) VALUES (?, ?, ?, ?, ?, ?)").run(
      id(),
      "bench@example.az",
      "Bench",
      "x",
      "ADMIN",
      iso(now),
    );
  });
  insertTaxonomy();
  const regionIds = (db.prepare("SELECT id FROM Region").all() as { id: number }[]).map((r) => r.id);
  const categories = db.prepare("SELECT c.id, s.slug AS sector FROM Category c JOIN Sector s ON s.id = c.sectorId").all() as { id: number; sector: string }[];
  const sectorIds = (db.prepare("SELECT id FROM Sector").all() as { id: number }[]).map((s) => s.id);

  const producerIds: string[] = [];
  db.transaction(() => {
    const producer = db.prepare(
      "INSERT INTO Producer (id, slug, name, regionId, district, storyAz, storyEn, storyRu, status, verified, offersPickup, pickupAddress, updatedAt, approvedAt) VALUES (?, ?, ?, ?, '', ?, ?, ?, 'ACTIVE', ?, 1, 'Kənd mərkəzi', ?, ?)",
    );
    const sector = db.prepare("INSERT INTO ProducerSector (producerId, sectorId) VALUES (?, ?)");
    for (let i = 0; i < options.producers; i++) {
      const pid = id();
      producerIds.push(pid);
      const [az, en, ru] = pick(WORDS);
      producer.run(
        pid,
        `bench-producer-${i}`,
        `Ailə təsərrüfatı ${i} (${az})`,
        pick(regionIds),
        `Ailəmiz ${az} hazırlayır.`,
        `Our family makes ${en}.`,
        `Наша семья делает ${ru}.`,
        random() < 0.3 ? 1 : 0,
        iso(now),
        iso(now - 400 * 86400000),
      );
      sector.run(pid, pick(sectorIds));
    }
  })();

  const productIds: string[] = [];
  const experienceIds: string[] = [];
  db.transaction(() => {
    const product = db.prepare(
      `INSERT INTO Product (id, slug, producerId, kind, categoryId, titleAz, titleEn, titleRu, descriptionAz, descriptionEn, descriptionRu, unit, priceQ, stock, seasonMonths, status, salesCount, createdAt, updatedAt, publishedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const image = db.prepare(
      "INSERT INTO Image (id, fileKey, producerId, productId, position, alt, width, height, widths, placeholder) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
    );
    for (let i = 0; i < options.products; i++) {
      const pid = id();
      const producerId = producerIds[i % producerIds.length];
      const category = pick(categories);
      const experience = category.sector === "tourism";
      const [az, en, ru] = pick(WORDS);
      const [aaz, aen, aru] = pick(ADJECTIVES);
      const published = now - Math.floor(random() * 365 * 86400000);
      const months = random() < 0.5 ? 4095 : (0b111 << Math.floor(random() * 10)) & 4095;
      product.run(
        pid,
        `bench-${i}`,
        producerId,
        experience ? "EXPERIENCE" : "GOOD",
        category.id,
        `${aaz} ${az} ${i}`,
        `${aen} ${en} ${i}`,
        `${aru} ${ru} ${i}`,
        `${aaz} ${az}, ailə təsərrüfatından.`,
        `${aen} ${en} from a family farm.`,
        `${aru} ${ru} из семейного хозяйства.`,
        experience ? "person" : pick(UNITS),
        100 + Math.floor(random() * 20000),
        experience ? 0 : Math.floor(random() * 200),
        months,
        random() < 0.95 ? "PUBLISHED" : "PENDING_REVIEW",
        Math.floor(random() * 100),
        iso(published),
        iso(published),
        iso(published),
      );
      image.run(
        id(),
        options.uploadsFileKey,
        producerId,
        pid,
        `${en}`,
        options.image.width,
        options.image.height,
        options.image.widths,
        options.image.placeholder,
      );
      productIds.push(pid);
      if (experience) experienceIds.push(pid);
    }
  })();

  db.transaction(() => {
    const slot = db.prepare("INSERT INTO Slot (id, productId, startsAt, capacity, seatsTaken) VALUES (?, ?, ?, ?, ?)");
    for (const pid of experienceIds) for (let w = 1; w <= 4; w++) slot.run(id(), pid, iso(now + w * 7 * 86400000), 10, Math.floor(random() * 5));
  })();

  const orderCount = Math.round(options.products / 5);
  db.transaction(() => {
    const group = db.prepare(
      "INSERT INTO CheckoutGroup (id, idempotencyKey, name, email, phone, paymentMethod, paymentStatus, totalQ, createdAt) VALUES (?, ?, 'Bench', ?, '+994500000000', 'CASH', 'NOT_REQUIRED', ?, ?)",
    );
    const order = db.prepare(
      "INSERT INTO \"Order\" (id, number, groupId, producerId, status, fulfilment, regionId, subtotalQ, totalQ, commissionQ, placedAt, confirmedAt) VALUES (?, ?, ?, ?, ?, 'DELIVERY', ?, ?, ?, 0, ?, ?)",
    );
    const line = db.prepare(
      "INSERT INTO OrderLine (id, orderId, productId, title, unit, unitPriceQ, quantity, totalQ) VALUES (?, ?, ?, 'bench', 'kg', ?, ?, ?)",
    );
    // Cash sales at no commission: the sale is posted with nothing owed either way.
    const ledger = db.prepare("INSERT INTO LedgerJournal (kind, key, orderId, groupId, createdAt) VALUES ('CASH_SALE', ?, ?, ?, ?)");
    const statuses = ["PLACED", "CONFIRMED", "SHIPPED", "COMPLETED", "COMPLETED", "COMPLETED", "CANCELLED"];
    for (let i = 0; i < orderCount; i++) {
      const productIndex = Math.floor(random() * productIds.length);
      const producerId = producerIds[productIndex % producerIds.length];
      const quantity = 1 + Math.floor(random() * 3);
      const price = 100 + Math.floor(random() * 5000);
      const total = price * quantity;
      const placed = now - Math.floor(random() * 365 * 86400000);
      const status = pick(statuses);
      const gid = id();
      const oid = id();
      group.run(gid, gid, `shopper${i % 5000}@example.az`, total, iso(placed));
      const confirmed = status !== "PLACED" && status !== "CANCELLED";
      order.run(oid, `BENCH-${i}`, gid, producerId, status, pick(regionIds), total, total, iso(placed), confirmed ? iso(placed + 86400000) : null);
      line.run(id(), oid, productIds[productIndex], price, quantity, total);
      if (confirmed) ledger.run(`sale:${oid}`, oid, gid, iso(placed + 86400000));
    }
  })();

  const eventCount = options.products * 10;
  db.transaction(() => {
    const event = db.prepare("INSERT INTO DemandEvent (type, productId, producerId, query, resultCount, createdAt) VALUES (?, ?, ?, ?, ?, ?)");
    const types = ["VIEW", "VIEW", "VIEW", "VIEW", "VIEW", "VIEW", "VIEW", "CART_ADD", "FAVORITE", "SEARCH"];
    for (let i = 0; i < eventCount; i++) {
      const type = pick(types);
      const productIndex = Math.floor(random() * productIds.length);
      const at = iso(now - Math.floor(random() * 90 * 86400000));
      if (type === "SEARCH") event.run(type, null, null, pick(WORDS)[0], random() < 0.1 ? 0 : 12, at);
      else event.run(type, productIds[productIndex], producerIds[productIndex % producerIds.length], null, null, at);
    }
  })();
  db.pragma("synchronous = NORMAL");
  db.exec("ANALYZE");
  db.close();
  return { producers: producerIds.length, products: productIds.length, experiences: experienceIds.length, orders: orderCount, events: eventCount };
}

export const BENCH_WORDS = WORDS;
