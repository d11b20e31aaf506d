import { db, TITLES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { productCardsByIds } from "~/models/catalog/products.server";

/** A collection is public while its schedule includes the moment. */
const scheduledAt = (now: Date) => ({
  AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
});

/** Collections chosen for the home page whose schedule includes now, in their set order. */
export async function homeCollections(locale: Locale, { take, now = new Date() }: { take: number; now?: Date }) {
  const collections = await db.collection.findMany({
    where: {
      onHome: true,
      ...scheduledAt(now),
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    take: 4,
    select: {
      slug: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      items: { orderBy: { position: "asc" }, take: take * 2, select: { productId: true } },
    },
  });
  const result = [];
  for (const c of collections) {
    const products = (
      await productCardsByIds(
        c.items.map((i) => i.productId),
        locale,
        now,
      )
    ).slice(0, take);
    if (products.length > 0) result.push({ slug: c.slug, title: pickLocalized(c, "title", locale), products });
  }
  return result;
}

/** The slugs of the collections on show now, for the sitemap. */
export async function listCollectionSlugsOnShow(now = new Date()) {
  const collections = await db.collection.findMany({ where: scheduledAt(now), select: { slug: true }, orderBy: { position: "asc" } });
  return collections.map((c) => c.slug);
}

/** A public collection's page: every item still on sale, in the collection's order; null when it is not public now. */
export async function getCollectionPage(slug: string, locale: Locale, now = new Date()) {
  const collection = await db.collection.findFirst({
    where: {
      slug,
      ...scheduledAt(now),
    },
    select: { slug: true, ...TITLES_SELECT, items: { orderBy: { position: "asc" }, select: { productId: true } } },
  });
  if (!collection) return null;
  const products = await productCardsByIds(
    collection.items.map((i) => i.productId),
    locale,
    now,
  );
  return { slug: collection.slug, title: pickLocalized(collection, "title", locale), products };
}
