import type { Unit } from "~/utils/units";
import { Prisma } from "~/utils/db.server";
import { queryRows, sql } from "~/utils/sql.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { effectiveSort, PAGE_SIZE, type CatalogFilters } from "~/models/catalog/catalog-filters";
import type { StoredImage } from "~/models/images/pictures";
import { searchVocabulary } from "~/models/catalog/search-index.server";
import { planSearch } from "~/models/catalog/search-query";
import { listingKind, type ListingKind } from "~/models/bookings/listing-kind";
import { addDays, BOOKING_HORIZON_DAYS } from "~/models/bookings/stay-dates";
import { bakuInstant, bakuToday } from "~/utils/baku-time";
import { currentMonth } from "~/models/catalog/season";

/** What a product card shows, and all a page sends of it: the slug links it (a cuid id would not compress). */
export type ProductCard = {
  slug: string;
  title: string;
  kind: ListingKind;
  priceQ: number;
  unit: Unit;
  available: boolean;
  producerName: string;
  region: string;
  verified: boolean;
  rating: number | null;
  ratingCount: number;
  image: StoredImage | null;
};

type CardRow = {
  id: string;
  slug: string;
  titleAz: string;
  titleEn: string;
  titleRu: string;
  kind: string;
  priceQ: number;
  unit: Unit;
  available: number | bigint;
  producerName: string;
  verified: number | bigint | boolean;
  regionAz: string;
  regionEn: string;
  regionRu: string;
  ratingSum: number;
  ratingCount: number;
  fileKey: string | null;
  widths: string | null;
  imgWidth: number | null;
  imgHeight: number | null;
};

/** On the storefront: published by an active producer (Product.listed, kept by triggers). */
const VISIBLE = Prisma.sql`p."listed" = TRUE`;

/** A search looks at its best matches only; beyond these, refine the words or the filters. */
export const SEARCH_CANDIDATES = 500;
/** Counting stops here ("more than 1,000 products"): a count costs a row visit per match. */
export const COUNT_CAP = 1000;

function availableSql(now: Date) {
  return Prisma.sql`CASE WHEN p."kind" = 'EXPERIENCE'
      THEN EXISTS (SELECT 1 FROM "Slot" s WHERE s."productId" = p."id" AND s."closed" = FALSE AND s."startsAt" > ${now} AND s."seatsTaken" < s."capacity")
      WHEN p."kind" = 'STAY' THEN p."maxGuests" > 0
      ELSE (p."stock" > 0 OR EXISTS (SELECT 1 FROM "Variant" v WHERE v."productId" = p."id" AND v."stock" > 0)) END`;
}

const CARD_COLUMNS = Prisma.sql`p."id", p."slug", p."titleAz", p."titleEn", p."titleRu", p."kind", p."priceQ", p."unit",
  pr."name" AS "producerName", pr."verified" AS "verified",
  r."nameAz" AS "regionAz", r."nameEn" AS "regionEn", r."nameRu" AS "regionRu", p."ratingSum", p."ratingCount",
  i."fileKey", i."widths", i."width" AS "imgWidth", i."height" AS "imgHeight"`;

const CARD_JOINS = Prisma.sql`JOIN "Producer" pr ON pr."id" = p."producerId"
  JOIN "Region" r ON r."id" = pr."regionId"
  LEFT JOIN "Image" i ON i."id" = (SELECT "id" FROM "Image" WHERE "productId" = p."id" AND "revisionId" IS NULL ORDER BY "position" LIMIT 1)`;

function toCard(row: CardRow, locale: Locale): ProductCard {
  return {
    slug: row.slug,
    title: pickLocalized(row, "title", locale),
    kind: listingKind(row.kind),
    priceQ: Number(row.priceQ),
    unit: row.unit,
    available: Number(row.available) === 1,
    producerName: row.producerName,
    verified: Number(row.verified) === 1 || row.verified === true,
    region: pickLocalized({ nameAz: row.regionAz, nameEn: row.regionEn, nameRu: row.regionRu }, "name", locale),
    rating: row.ratingCount > 0 ? Math.round((row.ratingSum / row.ratingCount) * 10) / 10 : null,
    ratingCount: Number(row.ratingCount),
    // Cards go without the blurred placeholder (a grid of them would double the page's weight) and
    // without the photo's alt: the card's title beside it says what it shows, so it is decorative.
    image: row.fileKey && row.widths ? { fileKey: row.fileKey, widths: row.widths, width: row.imgWidth ?? 0, height: row.imgHeight ?? 0, alt: "" } : null,
  };
}

/** `capped`: more matched than was counted; `total` is then the cap. */
export type ProductPage = {
  items: ProductCard[];
  total: number;
  page: number;
  pageCount: number;
  capped?: boolean;
  /** The query with its typos corrected, when the results come from that correction ("did you mean"). */
  corrected?: string;
};

/** The catalogue and search: filters, full-text match ranked by bm25, sorting and paging in SQL. */
export async function findProducts(filters: CatalogFilters, locale: Locale, now = new Date()): Promise<ProductPage> {
  const conditions: Prisma.Sql[] = [VISIBLE];
  const plan = filters.q ? planSearch(filters.q, await searchVocabulary()) : null;
  if (filters.q && !plan) return { items: [], total: 0, page: 1, pageCount: 0 };
  let ftsQuery = plan?.match ?? null;
  /** How many rows `ftsQuery` matches, once counted. */
  let matchCount: number | null = null;
  /** The candidates are title matches only, and more may match elsewhere. */
  let titlesOnly = false;
  if (plan?.wholeWords) {
    // Whole words first; the last word as a prefix too only when they fill less than a page.
    const matches = await countMatches(plan.wholeWords);
    if (matches >= PAGE_SIZE) {
      ftsQuery = plan.wholeWords;
      matchCount = matches;
    }
  }
  if (ftsQuery && (matchCount === null || matchCount > SEARCH_CANDIDATES)) {
    // bm25 scores every row a query matches before the best are kept, which for a broad word
    // (a tenth of 100,000 products) is most of the search's time. Titles weigh most, so when they
    // alone fill the candidates, the ranking starts from them.
    const inTitles = `{title} : (${ftsQuery})`;
    const matches = await countMatches(inTitles);
    if (matches >= SEARCH_CANDIDATES) {
      ftsQuery = inTitles;
      matchCount = matches;
      titlesOnly = true;
    }
  }
  if (filters.category) {
    conditions.push(Prisma.sql`p."categoryId" = (SELECT "id" FROM "Category" WHERE "slug" = ${filters.category})`);
  }
  if (filters.sector) {
    conditions.push(
      Prisma.sql`p."categoryId" IN (SELECT c."id" FROM "Category" c JOIN "Sector" s ON s."id" = c."sectorId" WHERE s."slug" = ${filters.sector})`,
    );
  }
  if (filters.region) {
    conditions.push(
      Prisma.sql`p."producerId" IN (SELECT pr."id" FROM "Producer" pr JOIN "Region" r ON r."id" = pr."regionId" WHERE r."slug" = ${filters.region})`,
    );
  }
  if (filters.producer) conditions.push(Prisma.sql`p."producerId" = (SELECT "id" FROM "Producer" WHERE "slug" = ${filters.producer})`);
  if (filters.min !== undefined) conditions.push(Prisma.sql`p."priceQ" >= ${filters.min}`);
  if (filters.max !== undefined) conditions.push(Prisma.sql`p."priceQ" <= ${filters.max}`);
  if (filters.inSeason) conditions.push(Prisma.sql`(p."seasonMonths" & ${1 << (currentMonth(now) - 1)}) != 0`);
  if (filters.inStock) conditions.push(availableSql(now));
  conditions.push(...bookingConditions(filters, now));

  const sort = effectiveSort(filters);
  const where = Prisma.join(conditions, " AND ");
  // A search starts from its best-ranked matches (FTS5 answers ORDER BY rank LIMIT itself);
  // the ordered join keeps that order of work instead of letting the planner start from Product.
  const from = ftsQuery
    ? Prisma.sql`${sql.search.ranked(ftsQuery, SEARCH_CANDIDATES)} AS f
        ${sql.orderedJoin} ${sql.search.row} m ON m.rid = f.rid
        ${sql.orderedJoin} "Product" p ON p."id" = m.product_id`
    : Prisma.sql`"Product" p`;
  const orderBy = {
    relevance: plan ? Prisma.sql`f.rank * ${relevanceBoost(plan.categories, now)} ASC, p."salesCount" DESC` : Prisma.sql`p."salesCount" DESC`,
    new: Prisma.sql`p."publishedAt" DESC`,
    "price-asc": Prisma.sql`p."priceQ" ASC`,
    "price-desc": Prisma.sql`p."priceQ" DESC`,
    popular: Prisma.sql`p."salesCount" DESC`,
  }[sort];

  let matched: string[] | null = null;
  let count: number;
  let capped: boolean;
  if (ftsQuery) {
    // At most SEARCH_CANDIDATES rows: rank, filter and order them once, then page in memory.
    const [rows, matches] = await Promise.all([
      queryRows<{ id: string }>(Prisma.sql`SELECT p."id" FROM ${from} WHERE ${where} ORDER BY ${orderBy}`),
      matchCount ?? countMatches(ftsQuery),
    ]);
    matched = rows.map((row) => row.id);
    count = matched.length;
    capped = titlesOnly || matches > SEARCH_CANDIDATES;
  } else {
    const [{ total }] = await queryRows<{ total: number }>(Prisma.sql`
      SELECT COUNT(*) AS total FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${COUNT_CAP + 1}) AS n`);
    capped = Number(total) > COUNT_CAP;
    count = Math.min(Number(total), COUNT_CAP);
  }
  const pageCount = Math.ceil(count / PAGE_SIZE);
  const page = Math.min(filters.page, Math.max(pageCount, 1));
  if (count === 0) return { items: [], total: 0, page: 1, pageCount: 0 };
  const offset = (page - 1) * PAGE_SIZE;
  const ids = matched
    ? matched.slice(offset, offset + PAGE_SIZE)
    : (
        await queryRows<{ id: string }>(Prisma.sql`
          SELECT p."id" FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${PAGE_SIZE} OFFSET ${offset}`)
      ).map((row) => row.id);
  const items = await productCardsByIds(ids, locale, now);
  return { items, total: count, page, pageCount, capped, ...(plan?.corrected ? { corrected: plan.corrected } : {}) };
}

/**
 * The kind, date, people and nights filters. A date, a number of people or of nights asks for
 * something to book, so goods drop out: an experience must have an open date that day (or any
 * upcoming one) with places for everyone, a stay must sleep them and have every night of the
 * range free (nights alone: a stay that allows that short a stay).
 */
export function bookingConditions(filters: Pick<CatalogFilters, "kind" | "date" | "people" | "nights">, now: Date): Prisma.Sql[] {
  const { kind, date, people, nights } = filters;
  const conditions: Prisma.Sql[] = [];
  if (kind) conditions.push(Prisma.sql`p."kind" = ${kind}`);
  if (!date && !people && !nights) return conditions;
  const guests = people ?? 1;
  const options: Prisma.Sql[] = [];
  if (kind !== "GOOD" && kind !== "STAY" && !nights) {
    const from = date ? bakuInstant(date, 0) : now;
    const dayWindow = date ? Prisma.sql`AND s."startsAt" >= ${from} AND s."startsAt" < ${bakuInstant(addDays(date, 1), 0)}` : Prisma.sql``;
    options.push(Prisma.sql`(p."kind" = 'EXPERIENCE' AND EXISTS (SELECT 1 FROM "Slot" s WHERE s."productId" = p."id" AND s."closed" = FALSE
      AND s."startsAt" > ${now} ${dayWindow} AND s."capacity" - s."seatsTaken" >= ${guests}))`);
  }
  const today = bakuToday(now);
  const bookableDay = !date || (date >= today && date <= addDays(today, BOOKING_HORIZON_DAYS));
  if (kind !== "GOOD" && kind !== "EXPERIENCE" && bookableDay) {
    const stay = [Prisma.sql`p."kind" = 'STAY'`, Prisma.sql`p."maxGuests" >= ${guests}`];
    if (nights) stay.push(Prisma.sql`p."minNights" <= ${nights}`);
    if (date) {
      // Without nights, the shortest stay the room allows from that date.
      const end = nights ? Prisma.sql`${addDays(date, nights)}` : sql.addDays(Prisma.sql`${date}`, sql.greatest(Prisma.sql`p."minNights"`, Prisma.sql`1`));
      stay.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "StayNight" sn WHERE sn."productId" = p."id" AND sn."night" >= ${date} AND sn."night" < ${end})`);
    }
    options.push(Prisma.sql`(${Prisma.join(stay, " AND ")})`);
  }
  conditions.push(options.length ? Prisma.sql`(${Prisma.join(options, " OR ")})` : Prisma.sql`FALSE`);
  return conditions;
}

/**
 * How many rows `ftsQuery` matches, counted up to one more than the candidates: no decision here
 * needs more, and a broad word matches tens of thousands of rows.
 */
async function countMatches(ftsQuery: string): Promise<number> {
  return sql.search.count(ftsQuery, SEARCH_CANDIDATES + 1);
}

/**
 * bm25 (negative: lower is better) times a boost: the query's intent (a tour for "tur"), then
 * what can be bought now, then what is in season. Multiplying keeps relevance first among equals.
 */
function relevanceBoost(categories: string[], now: Date) {
  const intent = categories.length
    ? Prisma.sql`(CASE WHEN p."categoryId" IN (SELECT "id" FROM "Category" WHERE "slug" IN (${Prisma.join(categories)})) THEN 1.0 ELSE 0.0 END)`
    : Prisma.sql`0.0`;
  const inSeason = Prisma.sql`(p."seasonMonths" & ${1 << (currentMonth(now) - 1)}) != 0`;
  return Prisma.sql`(1.0 + ${intent} + 0.3 * ${sql.asNumber(availableSql(now))} + 0.15 * ${sql.asNumber(inSeason)})`;
}

/** Cards for a known list of products, in the given order (collections, favourites, related). */
export async function productCardsByIds(ids: string[], locale: Locale, now = new Date()): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  // Off the listed index: SQLite should take the primary key for these few ids.
  const rows = await queryRows<CardRow>(Prisma.sql`
    SELECT ${CARD_COLUMNS}, ${availableSql(now)} AS available
    FROM "Product" p ${CARD_JOINS}
    WHERE ${sql.noIndex(Prisma.sql`p."listed"`)} = TRUE AND p."id" IN (${Prisma.join(ids)})`);
  const byId = new Map(rows.map((row) => [row.id, toCard(row, locale)]));
  return ids.map((id) => byId.get(id)).filter((card): card is ProductCard => !!card);
}

type CardOptions = { inSeasonOnly?: boolean; producerId?: string; bookable?: boolean; categoryId?: number; regionId?: number; excludeId?: string };

function cardConditions(options: CardOptions, now: Date) {
  const conditions: Prisma.Sql[] = [VISIBLE];
  if (options.inSeasonOnly) {
    // "In season now" means seasonal goods at their time, not things sold all year.
    conditions.push(Prisma.sql`p."seasonMonths" != 4095 AND (p."seasonMonths" & ${1 << (currentMonth(now) - 1)}) != 0`);
  }
  if (options.producerId) conditions.push(Prisma.sql`p."producerId" = ${options.producerId}`);
  if (options.categoryId) conditions.push(Prisma.sql`p."categoryId" = ${options.categoryId}`);
  if (options.regionId) conditions.push(Prisma.sql`p."producerId" IN (SELECT "id" FROM "Producer" WHERE "regionId" = ${options.regionId})`);
  if (options.excludeId) conditions.push(Prisma.sql`p."id" != ${options.excludeId}`);
  if (options.bookable !== undefined) conditions.push(options.bookable ? Prisma.sql`p."kind" != 'GOOD'` : Prisma.sql`p."kind" = 'GOOD'`);
  return conditions;
}

/** How many listings the storefront shows for these options (a family's "see all"). */
export async function countProductCards(options: CardOptions, now = new Date()) {
  const [{ total }] = await queryRows<{ total: number }>(
    Prisma.sql`SELECT COUNT(*) AS total FROM "Product" p WHERE ${Prisma.join(cardConditions(options, now), " AND ")}`,
  );
  return Number(total);
}

/** Newest visible products, optionally only those whose season includes this month. */
export async function latestProductCards(locale: Locale, options: CardOptions & { take: number }, now = new Date()): Promise<ProductCard[]> {
  const conditions = cardConditions(options, now);
  // A producer's page walks that producer's rows, not the whole catalogue in date order.
  const source = options.producerId ? sql.tableVia(Prisma.sql`"Product" p`, "Product_producerId_listed_idx") : Prisma.sql`"Product" p`;
  const ids = await queryRows<{ id: string }>(Prisma.sql`
    SELECT p."id" FROM ${source}
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY p."publishedAt" DESC
    LIMIT ${options.take}`);
  return productCardsByIds(
    ids.map((row) => row.id),
    locale,
    now,
  );
}
