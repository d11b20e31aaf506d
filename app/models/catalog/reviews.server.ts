import { db, TITLES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";

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

const REVIEW_LIST_LIMIT = 100;

const REVIEW_ROW = {
  id: true,
  rating: true,
  body: true,
  reply: true,
  createdAt: true,
  hiddenAt: true,
  hiddenReason: true,
  user: { select: { name: true } },
  product: { select: { id: true, slug: true, ...TITLES_SELECT, producer: { select: { id: true, name: true } } } },
} as const;

type ReviewRow = {
  id: string;
  rating: number;
  body: string;
  reply: string;
  createdAt: Date;
  hiddenAt: Date | null;
  hiddenReason: string;
  user: { name: string };
  product: { id: string; slug: string; titleAz: string; titleEn: string; titleRu: string; producer: { id: string; name: string } };
};

function toListItem(row: ReviewRow, locale: Locale) {
  return {
    id: row.id,
    rating: row.rating,
    body: row.body,
    reply: row.reply,
    author: row.user.name,
    createdAt: row.createdAt.toISOString(),
    hidden: row.hiddenAt !== null,
    hiddenReason: row.hiddenReason,
    product: { slug: row.product.slug, title: pickLocalized(row.product, "title", locale) },
    producer: row.product.producer,
  };
}

/** Reviews of the producer's products, newest first; hidden ones say why, so the producer knows. */
export async function listProducerReviews(producerId: string, locale: Locale) {
  const rows = await db.review.findMany({
    where: { product: { producerId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REVIEW_LIST_LIMIT,
    select: REVIEW_ROW,
  });
  return rows.map((row) => toListItem(row, locale));
}

/** The producer's public answer to a review of one of its products; an empty answer removes it. */
export async function replyToReview(producerId: string, reviewId: string, reply: string) {
  const { count } = await db.review.updateMany({
    where: { id: reviewId, product: { producerId } },
    data: { reply, repliedAt: reply ? new Date() : null },
  });
  return count === 1;
}

/** Recent reviews for staff, newest first, hidden ones included. */
export async function listReviewsForStaff(locale: Locale, filter: { hidden?: boolean } = {}) {
  const rows = await db.review.findMany({
    where: filter.hidden === undefined ? {} : { hiddenAt: filter.hidden ? { not: null } : null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REVIEW_LIST_LIMIT,
    select: REVIEW_ROW,
  });
  return rows.map((row) => toListItem(row, locale));
}
