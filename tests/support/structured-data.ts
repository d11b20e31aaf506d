import { productStructuredData } from "~/models/catalog/product-structured-data";
import type { loader } from "~/routes/products.$slug";
import { translatorFor } from "~/utils/locale.server";

/** The JSON-LD a product page renders from its loader's data (built by the page, not sent by the loader). */
export function structuredDataOf(data: Awaited<ReturnType<typeof loader>>) {
  return productStructuredData(data.product, data.seo.origin, translatorFor(data.seo.locale).t);
}
