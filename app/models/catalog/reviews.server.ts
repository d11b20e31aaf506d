import { db } from "~/utils/db.server";

export type ReviewResult = { ok: true } | { ok: false; error: "review.notAllowed" | "review.already" };

/**
 * A shopper reviews a product of one of their completed orders, once per order line.
 * The product's rating sum and count move in the same transaction.
 */
export async function submitReview(userId: string, orderId: string, input: { productId: string; rating: number; body: string }): Promise<ReviewResult> {
  const order = await db.order.findFirst({
    where: { id: orderId, userId, status: "COMPLETED", lines: { some: { productId: input.productId } } },
    select: { id: true },
  });
  if (!order) return { ok: false, error: "review.notAllowed" };
  try {
    await db.$transaction(async (tx) => {
      await tx.review.create({ data: { userId, orderId, productId: input.productId, rating: input.rating, body: input.body } });
      await tx.product.update({
        where: { id: input.productId },
        data: { ratingSum: { increment: input.rating }, ratingCount: { increment: 1 } },
      });
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, error: "review.already" };
    throw error;
  }
  return { ok: true };
}

/** Product ids of this order the shopper has already reviewed. */
export async function reviewedProductIds(userId: string, orderId: string) {
  const rows = await db.review.findMany({ where: { userId, orderId }, select: { productId: true } });
  return rows.map((r) => r.productId);
}
