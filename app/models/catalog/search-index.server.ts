import { db, Prisma } from "~/utils/db.server";
import { queryRows, sql } from "~/utils/sql.server";
import { createVocabulary, type Vocabulary } from "~/models/catalog/search-query";
import { fieldKeys, searchWordPairs, wordKey, type SearchLanguage } from "~/models/catalog/search-text";

/** Products indexed per transaction: about 2,500 bound values, far below SQLite's limit. */
const BATCH = 500;

type SourceRow = {
  rid: bigint | number;
  titleAz: string;
  titleEn: string;
  titleRu: string;
  descriptionAz: string;
  descriptionEn: string;
  descriptionRu: string;
  categoryAz: string;
  categoryEn: string;
  categoryRu: string;
  producer: string;
  district: string;
  regionAz: string;
  regionEn: string;
  regionRu: string;
};

/** The index's text for one product: keys per column (see search-text.ts). */
export function searchDocument(row: Omit<SourceRow, "rid">) {
  // Each key once per column: three languages often share a word (Guba, halva), and bm25 should
  // count "the title has it", not how many translations repeat it.
  const once = (...parts: string[]) => [...new Set(parts.join(" ").split(" ").filter(Boolean))].join(" ");
  const three = (az: string, en: string, ru: string) => once(fieldKeys(az, "az"), fieldKeys(en, "en"), fieldKeys(ru, "ru"));
  return {
    title: three(row.titleAz, row.titleEn, row.titleRu),
    category: three(row.categoryAz, row.categoryEn, row.categoryRu),
    body: three(row.descriptionAz, row.descriptionEn, row.descriptionRu),
    place: once(fieldKeys(row.producer, "az"), fieldKeys(row.district, "az"), three(row.regionAz, row.regionEn, row.regionRu)),
  };
}

/** Keys first seen in this process, so a batch inserts only new vocabulary. */
const knownKeys = new Set<string>();

function vocabularyOf(row: SourceRow, into: Map<string, string>) {
  // Titles first: the word "did you mean" shows should be one a title uses.
  const fields: [string, SearchLanguage][] = [
    [row.titleAz, "az"],
    [row.titleEn, "en"],
    [row.titleRu, "ru"],
    [row.categoryAz, "az"],
    [row.categoryEn, "en"],
    [row.categoryRu, "ru"],
    [row.producer, "az"],
    [row.district, "az"],
    [row.regionAz, "az"],
    [row.regionEn, "en"],
    [row.regionRu, "ru"],
    [row.descriptionAz, "az"],
    [row.descriptionEn, "en"],
    [row.descriptionRu, "ru"],
  ];
  for (const [text, language] of fields) {
    for (const [written, folded] of searchWordPairs(text)) {
      // Numbers (sizes, counts, codes) are matched as typed, never corrected: not vocabulary.
      if (/\d/.test(folded)) continue;
      const key = wordKey(folded, language);
      if (!knownKeys.has(key) && !into.has(key)) into.set(key, written);
    }
  }
}

async function indexBatch(): Promise<number> {
  const queued = await db.$queryRaw<{ seq: bigint; product_id: string }[]>`
    SELECT seq, product_id FROM ${sql.search.stale} ORDER BY seq LIMIT ${BATCH}`;
  if (queued.length === 0) return 0;
  const lastSeq = queued[queued.length - 1].seq;
  const ids = [...new Set(queued.map((row) => row.product_id))];
  const rows = await db.$queryRaw<SourceRow[]>`
    SELECT m.rid, p."titleAz", p."titleEn", p."titleRu", p."descriptionAz", p."descriptionEn", p."descriptionRu",
      c."nameAz" AS "categoryAz", c."nameEn" AS "categoryEn", c."nameRu" AS "categoryRu",
      pr."name" AS "producer", pr."district", r."nameAz" AS "regionAz", r."nameEn" AS "regionEn", r."nameRu" AS "regionRu"
    FROM ${sql.search.row} m
    JOIN "Product" p ON p."id" = m.product_id
    JOIN "Category" c ON c."id" = p."categoryId"
    JOIN "Producer" pr ON pr."id" = p."producerId"
    JOIN "Region" r ON r."id" = pr."regionId"
    WHERE m.product_id IN (${Prisma.join(ids)})`;
  const newTerms = new Map<string, string>();
  const documents = rows.map((row) => {
    vocabularyOf(row, newTerms);
    return { rid: Number(row.rid), ...searchDocument(row) };
  });
  const writes: Prisma.PrismaPromise<unknown>[] = sql.search.write(documents).map((statement) => db.$executeRaw(statement));
  const terms = [...newTerms];
  for (let i = 0; i < terms.length; i += 2000) {
    const chunk = terms.slice(i, i + 2000).map(([key, word]) => Prisma.sql`(${key}, ${word})`);
    writes.push(db.$executeRaw(sql.insertIgnoring(sql.search.term, Prisma.sql`key, word`, chunk)));
  }
  writes.push(db.$executeRaw`DELETE FROM ${sql.search.stale} WHERE seq <= ${lastSeq}`);
  await db.$transaction(writes);
  for (const key of newTerms.keys()) knownKeys.add(key);
  return queued.length;
}

let running: Promise<void> | null = null;

/** Indexes every queued product (the triggers queue each change). One run at a time per process. */
export function refreshSearchIndex(): Promise<void> {
  running ??= (async () => {
    try {
      while ((await indexBatch()) > 0) {
        // next batch
      }
    } finally {
      running = null;
    }
  })();
  return running;
}

/**
 * Before a search: index what changed since the last one (usually nothing: one indexed read) and
 * report the vocabulary's high-water mark, so callers know when to reload it.
 */
export async function prepareSearchIndex(): Promise<{ vocabularyVersion: number }> {
  // On every search: a prepared statement rather than a Prisma round trip.
  const [state] = await queryRows<{ stale: number | null; terms: number | null }>(Prisma.sql`
    SELECT (SELECT seq FROM ${sql.search.stale} LIMIT 1) AS stale, (SELECT MAX(id) FROM ${sql.search.term}) AS terms`);
  if (state?.stale == null) return { vocabularyVersion: state?.terms ?? 0 };
  await refreshSearchIndex();
  const [after] = await db.$queryRaw<{ terms: bigint | null }[]>`SELECT MAX(id) AS terms FROM ${sql.search.term}`;
  return { vocabularyVersion: Number(after?.terms ?? 0) };
}

let vocabulary = createVocabulary([]);
let vocabularyUpTo = 0;

/** The index, fresh, and its vocabulary (kept in memory, grown by the rows added since last time). */
export async function searchVocabulary(): Promise<Vocabulary> {
  const { vocabularyVersion } = await prepareSearchIndex();
  if (vocabularyVersion < vocabularyUpTo) {
    // A different or rebuilt database: start over.
    vocabulary = createVocabulary([]);
    vocabularyUpTo = 0;
  }
  if (vocabularyVersion > vocabularyUpTo) {
    const rows = await db.$queryRaw<{ id: bigint; key: string; word: string }[]>`
      SELECT id, key, word FROM ${sql.search.term} WHERE id > ${vocabularyUpTo} ORDER BY id`;
    for (const row of rows) vocabulary.add(row.key, row.word);
    vocabularyUpTo = rows.length ? Number(rows[rows.length - 1].id) : vocabularyVersion;
  }
  return vocabulary;
}
