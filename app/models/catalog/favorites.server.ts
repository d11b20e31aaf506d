import { z } from "zod";
import { recordDemandEvent } from "~/models/insights/demand.server";
import { db, Prisma } from "~/utils/db.server";
import { queryRows } from "~/utils/sql.server";

export const favoriteActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("favorite"), productId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("unfavorite"), productId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("notify"), productId: z.string().min(1).max(40), kind: z.enum(["STOCK", "SEASON"]) }),
]);
export type FavoriteAction = z.output<typeof favoriteActionSchema>;

async function visibleProduct(productId: string) {
  return db.product.findFirst({
    where: { id: productId, listed: true },
    select: { id: true, producerId: true },
  });
}

/** Favourite, unfavourite or ask to be told when back in stock / in season. False when the product is not on sale. */
export async function applyFavoriteAction(userId: string, action: FavoriteAction): Promise<boolean> {
  const product = await visibleProduct(action.productId);
  if (!product) return false;
  const key = { userId_productId: { userId, productId: product.id } };
  if (action.intent === "unfavorite") {
    await db.favorite.deleteMany({ where: { userId, productId: product.id } });
    return true;
  }
  if (action.intent === "favorite") {
    const existing = await db.favorite.findUnique({ where: key, select: { userId: true } });
    if (!existing) {
      await db.favorite.create({ data: { userId, productId: product.id } });
      await recordDemandEvent({ type: "FAVORITE", productId: product.id, producerId: product.producerId });
    }
    return true;
  }
  const alertKey = { userId_productId_kind: { userId, productId: product.id, kind: action.kind } };
  const existing = await db.stockAlert.findUnique({ where: alertKey, select: { id: true } });
  if (!existing) {
    await db.stockAlert.create({ data: { userId, productId: product.id, kind: action.kind } });
    await recordDemandEvent({ type: "NOTIFY", productId: product.id, producerId: product.producerId });
  }
  return true;
}

/**
 * A signed-in shopper's own marks on the product at `slug`: their favourite and open alerts. On
 * every product page they open, so one prepared statement rather than two Prisma queries.
 */
export async function shopperMarksOn(userId: string, slug: string) {
  const rows = await queryRows<{ mark: string }>(Prisma.sql`
    SELECT 'FAVORITE' AS "mark" FROM "Favorite" f JOIN "Product" p ON p."id" = f."productId" WHERE f."userId" = ${userId} AND p."slug" = ${slug}
    UNION ALL
    SELECT CAST(a."kind" AS TEXT) AS "mark" FROM "StockAlert" a JOIN "Product" p ON p."id" = a."productId"
    WHERE a."userId" = ${userId} AND p."slug" = ${slug} AND a."notifiedAt" IS NULL`);
  const marks = rows.map((row) => row.mark);
  return { favorite: marks.includes("FAVORITE"), alerts: marks.filter((mark) => mark !== "FAVORITE").sort() };
}

export async function listFavoriteProductIds(userId: string) {
  const rows = await db.favorite.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: { productId: true } });
  return rows.map((r) => r.productId);
}
