import { db } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { productCardsByIds } from "~/models/catalog/products.server";

const ITEMS_ON_HOME = 8;

/** Collections chosen for the home page whose schedule includes now, in their set order. */
export async function homeCollections(locale: Locale, now = new Date()) {
  const collections = await db.collection.findMany({
    where: {
      onHome: true,
      AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    take: 4,
    select: {
      slug: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      items: { orderBy: { position: "asc" }, take: ITEMS_ON_HOME * 2, select: { productId: true } },
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
    ).slice(0, ITEMS_ON_HOME);
    if (products.length > 0) result.push({ slug: c.slug, title: pickLocalized(c, "title", locale), products });
  }
  return result;
}
