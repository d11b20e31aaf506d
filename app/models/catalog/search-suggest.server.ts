import { db, NAMES_SELECT } from "~/utils/db.server";
import { sql } from "~/utils/sql.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { searchVocabulary } from "~/models/catalog/search-index.server";
import { nameMatches, planSearch, type SearchPlan } from "~/models/catalog/search-query";
import { fieldKeys } from "~/models/catalog/search-text";

export type Suggestion = { kind: "product" | "category" | "producer" | "place"; label: string; href: string };

const PRODUCTS = 5;
const OTHERS = 2;

type Named = { slug: string; nameAz: string; nameEn: string; nameRu: string };
const keysOfNames = (row: Named) => `${fieldKeys(row.nameAz, "az")} ${fieldKeys(row.nameEn, "en")} ${fieldKeys(row.nameRu, "ru")}`.split(" ");

function matchingNames(plan: SearchPlan, rows: Named[], locale: Locale) {
  return rows.filter((row) => nameMatches(plan, keysOfNames(row))).map((row) => ({ slug: row.slug, name: pickLocalized(row, "name", locale) }));
}

/**
 * What the search box offers while a shopper types: the best product titles (the same index and
 * ranking words as the search itself), then categories, producers and places whose names answer
 * every word. Empty for fewer than two letters.
 */
export async function searchSuggestions(input: string, locale: Locale): Promise<Suggestion[]> {
  const q = input.trim().slice(0, 100);
  if ([...q].length < 2) return [];
  const plan = planSearch(q, await searchVocabulary());
  if (!plan) return [];
  const [products, categories, regions] = await Promise.all([
    db.$queryRaw<{ slug: string; titleAz: string; titleEn: string; titleRu: string; producerSlug: string; producerName: string }[]>`
      SELECT p."slug", p."titleAz", p."titleEn", p."titleRu", pr."slug" AS "producerSlug", pr."name" AS "producerName"
      FROM ${sql.search.ranked(plan.match, 40)} AS f
      ${sql.orderedJoin} ${sql.search.row} m ON m.rid = f.rid
      ${sql.orderedJoin} "Product" p ON p."id" = m.product_id
      JOIN "Producer" pr ON pr."id" = p."producerId"
      WHERE p."listed" = TRUE
      ORDER BY f.rank`,
    db.category.findMany({ select: { slug: true, ...NAMES_SELECT }, orderBy: { position: "asc" } }),
    db.region.findMany({ select: { slug: true, ...NAMES_SELECT }, orderBy: { nameAz: "asc" } }),
  ]);
  const producers = new Map<string, string>();
  for (const row of products) {
    if (producers.size < OTHERS && nameMatches(plan, fieldKeys(row.producerName, "az").split(" "))) producers.set(row.producerSlug, row.producerName);
  }
  return [
    ...products.slice(0, PRODUCTS).map((row) => ({ kind: "product" as const, label: pickLocalized(row, "title", locale), href: `/products/${row.slug}` })),
    ...matchingNames(plan, categories, locale)
      .slice(0, OTHERS)
      .map((c) => ({ kind: "category" as const, label: c.name, href: `/products?category=${c.slug}` })),
    ...[...producers].map(([slug, name]) => ({ kind: "producer" as const, label: name, href: `/producers/${slug}` })),
    ...matchingNames(plan, regions, locale)
      .slice(0, OTHERS)
      .map((r) => ({ kind: "place" as const, label: r.name, href: `/products?region=${r.slug}` })),
  ];
}
