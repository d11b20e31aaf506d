import { listCollectionSlugsOnShow } from "~/models/catalog/collections.server";
import { TRUST_PAGES } from "~/models/trust/trust-slugs";
import { db } from "~/utils/db.server";

/** Public pages for search engines: storefront products, active producers and collections on show. */
export async function listSitemapEntries() {
  const [products, producers, collections] = await Promise.all([
    db.product.findMany({
      where: { listed: true },
      select: { slug: true, updatedAt: true },
      orderBy: { publishedAt: "desc" },
      take: 45_000,
    }),
    db.producer.findMany({ where: { status: "ACTIVE" }, select: { slug: true, updatedAt: true }, take: 4_000 }),
    listCollectionSlugsOnShow(),
  ]);
  return [
    { path: "/", updatedAt: null },
    { path: "/products", updatedAt: null },
    { path: "/producers", updatedAt: null },
    ...TRUST_PAGES.map((slug) => ({ path: `/${slug}`, updatedAt: null })),
    ...products.map((p) => ({ path: `/products/${p.slug}`, updatedAt: p.updatedAt })),
    ...producers.map((p) => ({ path: `/producers/${p.slug}`, updatedAt: p.updatedAt })),
    ...collections.map((slug) => ({ path: `/collections/${slug}`, updatedAt: null })),
  ];
}
