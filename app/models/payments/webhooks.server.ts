import type Stripe from "stripe";
import { applyOrderTransition, loadOrderForTransition } from "~/models/orders/lifecycle.server";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db, type Prisma } from "~/utils/db.server";
import { RESERVATION_GRACE_MINUTES } from "./card-payments.server";
import { stripeClient } from "./stripe.server";

type Tx = Prisma.TransactionClient;
export type WebhookOutcome = "processed" | "duplicate" | "ignored";

const intentId = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

async function cancelPlacedOrders(tx: Tx, groupId: string, note: string) {
  const orders = await tx.order.findMany({ where: { groupId, status: { in: ["PLACED", "CONFIRMED"] } }, select: { id: true } });
  for (const { id } of orders) {
    const order = await loadOrderForTransition(tx, { id });
    if (order) await applyOrderTransition(tx, order, "CANCELLED", { note });
  }
}

/** Paid: the group's orders are confirmed and their producers credited. Paid too late: refund all. */
async function onSessionCompleted(tx: Tx, session: Stripe.Checkout.Session): Promise<string | null> {
  if (session.payment_status !== "paid") return null;
  const groupId = session.client_reference_id ?? session.metadata?.groupId;
  if (!groupId) return null;
  const group = await tx.checkoutGroup.findUnique({ where: { id: groupId }, select: { id: true, paymentStatus: true } });
  if (!group) return null;
  const paymentIntent = intentId(session.payment_intent);
  if (group.paymentStatus === "PENDING") {
    await tx.checkoutGroup.update({
      where: { id: group.id },
      data: { paymentStatus: "PAID", paidAt: new Date(), stripePaymentIntentId: paymentIntent, stripeSessionId: session.id },
    });
    const orders = await tx.order.findMany({ where: { groupId: group.id, status: "PLACED" }, select: { id: true } });
    for (const { id } of orders) {
      const order = await loadOrderForTransition(tx, { id });
      if (order) await applyOrderTransition(tx, order, "CONFIRMED", { note: "card" });
    }
    return null;
  }
  if (group.paymentStatus === "EXPIRED") {
    // The reservation was already released: the money goes back in full.
    await tx.checkoutGroup.update({ where: { id: group.id }, data: { stripePaymentIntentId: paymentIntent } });
    return paymentIntent;
  }
  return null;
}

/** Never paid: release what the group held. */
async function onSessionExpired(tx: Tx, session: Stripe.Checkout.Session) {
  const groupId = session.client_reference_id ?? session.metadata?.groupId;
  if (!groupId) return;
  await expireGroup(tx, groupId);
}

async function expireGroup(tx: Tx, groupId: string) {
  const updated = await tx.checkoutGroup.updateMany({ where: { id: groupId, paymentStatus: "PENDING" }, data: { paymentStatus: "EXPIRED" } });
  if (updated.count === 1) await cancelPlacedOrders(tx, groupId, "payment not completed");
}

/** A refund made outside an order cancellation (e.g. in Stripe's dashboard) cancels what is left. */
async function onChargeRefunded(tx: Tx, charge: Stripe.Charge) {
  const paymentIntent = intentId(charge.payment_intent);
  const group = await tx.checkoutGroup.findFirst({
    where: { OR: [{ stripePaymentIntentId: paymentIntent ?? "-" }, { id: charge.metadata?.groupId ?? "-" }] },
    select: { id: true },
  });
  if (!group || charge.amount_refunded < charge.amount) return;
  await tx.checkoutGroup.update({ where: { id: group.id }, data: { paymentStatus: "REFUNDED" } });
  await cancelPlacedOrders(tx, group.id, "refunded");
}

/**
 * Verify (in the route), record, acknowledge: the event id is stored in the same transaction
 * as its effects, so a replay or a retry after a crash changes nothing twice.
 */
export async function handleStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  let refundIntent: string | null = null;
  try {
    await db.$transaction(async (tx) => {
      await tx.webhookEvent.create({ data: { id: event.id, type: event.type } });
      switch (event.type) {
        case "checkout.session.completed":
        case "checkout.session.async_payment_succeeded":
          refundIntent = await onSessionCompleted(tx, event.data.object);
          break;
        case "checkout.session.expired":
          await onSessionExpired(tx, event.data.object);
          break;
        case "charge.refunded":
          await onChargeRefunded(tx, event.data.object);
          break;
        default:
          break;
      }
      await tx.webhookEvent.update({ where: { id: event.id }, data: { processedAt: new Date() } });
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return "duplicate";
    throw error;
  }
  if (refundIntent) {
    await stripeClient().refunds.create({ payment_intent: refundIntent }, { idempotencyKey: `late-payment-${refundIntent}` });
  }
  scheduleMailDelivery();
  return ["checkout.session.completed", "checkout.session.async_payment_succeeded", "checkout.session.expired", "charge.refunded"].includes(event.type)
    ? "processed"
    : "ignored";
}

/** A card checkout whose payment could not even start: give everything back at once. */
export async function cancelUnpaidGroup(groupId: string) {
  await db.$transaction((tx) => expireGroup(tx, groupId));
}

/** Card checkouts never paid within the session's life give their stock and seats back. */
export async function releaseExpiredReservations(now = new Date()) {
  const cutoff = new Date(now.getTime() - RESERVATION_GRACE_MINUTES * 60 * 1000);
  const stale = await db.checkoutGroup.findMany({ where: { paymentStatus: "PENDING", createdAt: { lt: cutoff } }, select: { id: true } });
  for (const { id } of stale) await db.$transaction((tx) => expireGroup(tx, id));
  return stale.length;
}
