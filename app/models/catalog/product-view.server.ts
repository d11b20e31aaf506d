import { isbot } from "isbot";
import { parseCatalogFilters } from "~/models/catalog/catalog-filters";
import { recordDemandEvent } from "~/models/insights/demand.server";
import { Prisma } from "~/utils/db.server";
import { queryRows } from "~/utils/sql.server";

/**
 * A product view, unless a bot asked. When the shopper came from a search on this site the
 * query is kept with the view, so producers see which searches lead to their products.
 */
export async function recordProductView(request: Request, product: { id: string; producerId: string }) {
  if (isbot(request.headers.get("user-agent") ?? "")) return;
  let query: string | undefined;
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const from = new URL(referer);
      if (from.origin === new URL(request.url).origin && (from.pathname === "/search" || from.pathname === "/products")) {
        query = parseCatalogFilters(from.searchParams).q?.toLowerCase();
      }
    } catch {
      // an unreadable Referer is simply ignored
    }
  }
  await recordDemandEvent({ type: "VIEW", productId: product.id, producerId: product.producerId, query });
}

/** A view of a page that was served without running its loader (the page cache). */
export async function recordViewOfSlug(request: Request, slug: string) {
  // every product page served from memory: a prepared statement, not a Prisma query
  const [product] = await queryRows<{ id: string; producerId: string }>(
    Prisma.sql`SELECT "id", "producerId" FROM "Product" WHERE "slug" = ${slug} AND "listed" = TRUE`,
  );
  if (product) await recordProductView(request, product);
}
