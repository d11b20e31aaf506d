import { isbot } from "isbot";
import { parseCatalogFilters, effectiveSort } from "~/models/catalog/catalog-filters";
import { findProducts } from "~/models/catalog/products.server";
import { listRegions, listSectorsWithCategories } from "~/models/catalog/taxonomy.server";
import { recordSearch } from "~/models/insights/demand.server";
import type { Locale } from "~/utils/i18n";

/** Data for /products and /search: the same page, with or without a query. */
export async function loadCatalogPage(request: Request, locale: Locale) {
  const url = new URL(request.url);
  const filters = parseCatalogFilters(url.searchParams);
  const result = await findProducts(filters, locale);
  const [sectors, regions] = await Promise.all([listSectorsWithCategories(locale), listRegions(locale)]);
  // Only the first page of a search is a new search; later pages are the same one.
  if (filters.q && filters.page === 1 && !isbot(request.headers.get("user-agent") ?? "")) {
    await recordSearch(filters.q, result.total);
  }
  return { filters, sort: effectiveSort(filters), result, sectors, regions };
}
