import { recordAudit } from "~/models/audit/audit.server";
import { decidesOwnProducer, OWN_PRODUCER } from "~/models/accounts/separation.server";
import { mailProducerMembers } from "~/models/producers/notify-members.server";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db } from "~/utils/db.server";
import { pickLocalized } from "~/utils/i18n";
import { canMoveListing } from "~/models/listings/listing-status";
import { listingMissesFacts } from "~/models/listings/listings.server";

export type ReviewResult = { ok: true } | { ok: false; error: "notFound" | "admin.review.notPending" | "admin.review.factsMissing" | typeof OWN_PRODUCER };

const LISTING_FOR_REVIEW = {
  id: true,
  slug: true,
  status: true,
  reviewNote: true,
  titleAz: true,
  titleEn: true,
  titleRu: true,
  producerId: true,
} as const;

/** Publishes a listing waiting for review: it is on the storefront at once (if its producer is active). */
export async function approveListing(actorId: string, productId: string, now = new Date()): Promise<ReviewResult> {
  const result = await db.$transaction(async (tx): Promise<ReviewResult> => {
    const product = await tx.product.findUnique({ where: { id: productId }, select: LISTING_FOR_REVIEW });
    if (!product) return { ok: false, error: "notFound" };
    if (await decidesOwnProducer(tx, actorId, product.producerId)) return { ok: false, error: OWN_PRODUCER };
    if (!canMoveListing(product.status, "PUBLISHED")) return { ok: false, error: "admin.review.notPending" };
    // A carpet without its size (or another good without what its category needs) is not published.
    if (await listingMissesFacts(product.id, tx)) return { ok: false, error: "admin.review.factsMissing" };
    // Conditional on the status read above, so two mentors deciding at once cannot both win.
    const { count } = await tx.product.updateMany({
      where: { id: product.id, status: product.status },
      data: { status: "PUBLISHED", publishedAt: now, reviewNote: "" },
    });
    if (count !== 1) return { ok: false, error: "admin.review.notPending" };
    await recordAudit(tx, {
      actorId,
      action: "listing.approve",
      entityType: "Product",
      entityId: product.id,
      before: { status: product.status, reviewNote: product.reviewNote },
      after: { status: "PUBLISHED", reviewNote: "" },
    });
    await mailProducerMembers(tx, product.producerId, "admin.mail.listingApproved", (locale) => ({
      title: pickLocalized(product, "title", locale),
      slug: product.slug,
    }));
    return { ok: true };
  });
  if (result.ok) scheduleMailDelivery();
  return result;
}

/** Sends a listing back to its producer with the mentor's reason, which the producer reads on their dashboard. */
export async function rejectListing(actorId: string, productId: string, reason: string): Promise<ReviewResult> {
  const result = await db.$transaction(async (tx): Promise<ReviewResult> => {
    const product = await tx.product.findUnique({ where: { id: productId }, select: LISTING_FOR_REVIEW });
    if (!product) return { ok: false, error: "notFound" };
    if (await decidesOwnProducer(tx, actorId, product.producerId)) return { ok: false, error: OWN_PRODUCER };
    if (!canMoveListing(product.status, "REJECTED")) return { ok: false, error: "admin.review.notPending" };
    const { count } = await tx.product.updateMany({
      where: { id: product.id, status: product.status },
      data: { status: "REJECTED", reviewNote: reason },
    });
    if (count !== 1) return { ok: false, error: "admin.review.notPending" };
    await recordAudit(tx, {
      actorId,
      action: "listing.reject",
      entityType: "Product",
      entityId: product.id,
      before: { status: product.status, reviewNote: product.reviewNote },
      after: { status: "REJECTED", reviewNote: reason },
    });
    await mailProducerMembers(tx, product.producerId, "admin.mail.listingRejected", (locale) => ({
      title: pickLocalized(product, "title", locale),
      reason,
    }));
    return { ok: true };
  });
  if (result.ok) scheduleMailDelivery();
  return result;
}
