import { parseCatalogFilters } from "~/models/catalog/catalog-filters";
import { findProducts } from "~/models/catalog/products.server";
import { db } from "~/utils/db.server";
import { JUDGEMENTS } from "./judgements";
import { firstRelevant, type Outcome } from "./metrics";

/** Runs every judged query through the storefront search (first page, relevance order). */
export async function runJudgements(): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const judgement of JUDGEMENTS) {
    const page = await findProducts(parseCatalogFilters(new URLSearchParams({ q: judgement.q })), "en");
    const rows = await db.product.findMany({
      where: { slug: { in: page.items.map((item) => item.slug) } },
      select: { slug: true, titleEn: true, category: { select: { slug: true } } },
    });
    const bySlug = new Map(rows.map((row) => [row.slug, { titleEn: row.titleEn, category: row.category.slug }]));
    const hits = page.items.map((item) => bySlug.get(item.slug)!);
    const corrected = (page as { corrected?: string }).corrected;
    outcomes.push({ judgement, hits, total: page.total, rank: firstRelevant(judgement, hits), ...(corrected ? { corrected } : {}) });
  }
  return outcomes;
}
