import { isbot } from "isbot";
import { parseCatalogFilters, effectiveSort, type CatalogFilters } from "~/models/catalog/catalog-filters";
import { findProducts } from "~/models/catalog/products.server";
import { listRegions, listSectorsWithCategories, regionIntro, type RegionIntro } from "~/models/catalog/taxonomy.server";
import { recordSearch } from "~/models/insights/demand.server";
import { db } from "~/utils/db.server";
import { sharedCached } from "~/utils/shared-cache.server";
import type { Locale } from "~/utils/i18n";

/** Data for /products and /search: the same page, with or without a query. */
export async function loadCatalogPage(request: Request, locale: Locale) {
  const url = new URL(request.url);
  const filters = parseCatalogFilters(url.searchParams);
  const page = await sharedCached(`catalogue|${locale}|${JSON.stringify(filters)}`, () => catalogPageFor(filters, locale));
  // Only the first page of a search is a new search; later pages are the same one.
  if (filters.q && filters.page === 1 && !isbot(request.headers.get("user-agent") ?? "")) {
    await recordSearch(filters.q, page.result.total);
  }
  return page;
}

async function catalogPageFor(filters: CatalogFilters, locale: Locale) {
  const result = await findProducts(filters, locale);
  const [sectors, regions, region, producerName] = await Promise.all([
    listSectorsWithCategories(locale),
    listRegions(locale),
    filters.region && !filters.q ? regionIntro(filters.region, locale) : null,
    filters.producer ? activeProducerName(filters.producer) : null,
  ]);
  return {
    filters,
    sort: effectiveSort(filters),
    result,
    // only what the filter form's options show: this goes to the browser again for hydration
    sectors: sectors.map((s) => ({ slug: s.slug, name: s.name, categories: s.categories.map((c) => ({ slug: c.slug, name: c.name })) })),
    regions: regions.map((r) => ({ slug: r.slug, name: r.name })),
    focus: catalogFocus(filters, sectors, region, producerName),
  };
}

/** An active family's name, for the heading when the catalogue shows only theirs; null otherwise. */
async function activeProducerName(slug: string) {
  const producer = await db.producer.findFirst({ where: { slug, status: "ACTIVE" }, select: { name: true } });
  return producer?.name ?? null;
}

type Sectors = Awaited<ReturnType<typeof listSectorsWithCategories>>;

/**
 * What the catalogue is narrowed to, for its header: one family, else a region (its landscape and
 * sentence), else a category (under its sector), else a sector. A search is headed by its words instead.
 */
function catalogFocus(filters: CatalogFilters, sectors: Sectors, region: RegionIntro | null, producerName: string | null) {
  if (filters.q) return null;
  if (producerName && filters.producer) return { kind: "producer" as const, name: producerName, slug: filters.producer };
  if (region) return { kind: "region" as const, region };
  const category = filters.category
    ? sectors.flatMap((s) => s.categories.map((c) => ({ ...c, sector: s.name }))).find((c) => c.slug === filters.category)
    : undefined;
  if (category) return { kind: "category" as const, name: category.name, within: category.sector };
  const sector = sectors.find((s) => s.slug === filters.sector);
  if (sector) return { kind: "sector" as const, name: sector.name };
  return null;
}
