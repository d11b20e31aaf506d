import { decidesOwnProducer, OWN_PRODUCER } from "~/models/accounts/separation.server";
import { recordAudit } from "~/models/audit/audit.server";
import { db } from "~/utils/db.server";

export type HideResult = { ok: true } | { ok: false; error: "notFound" | "admin.reviews.alreadyHidden" | typeof OWN_PRODUCER };

/**
 * Staff take an abusive review off the product page, with the reason, in the audit log. Its
 * rating leaves the product's average in the same transaction; hiding twice changes nothing.
 */
export async function hideReview(actorId: string, reviewId: string, reason: string): Promise<HideResult> {
  return db.$transaction(async (tx): Promise<HideResult> => {
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      select: { id: true, productId: true, rating: true, hiddenAt: true, product: { select: { producerId: true } } },
    });
    if (!review) return { ok: false, error: "notFound" };
    // Separation of duties: nobody moderates what is said about their own producer.
    if (await decidesOwnProducer(tx, actorId, review.product.producerId)) return { ok: false, error: OWN_PRODUCER };
    const { count } = await tx.review.updateMany({ where: { id: review.id, hiddenAt: null }, data: { hiddenAt: new Date(), hiddenReason: reason } });
    if (count !== 1) return { ok: false, error: "admin.reviews.alreadyHidden" };
    await tx.product.update({
      where: { id: review.productId },
      data: { ratingSum: { decrement: review.rating }, ratingCount: { decrement: 1 } },
    });
    await recordAudit(tx, {
      actorId,
      action: "review.hide",
      entityType: "Review",
      entityId: review.id,
      before: { hidden: false },
      after: { hidden: true, reason },
    });
    return { ok: true };
  });
}
