import type { OrderStatus, PaymentProblemKind } from "~/generated/prisma/enums";
import type Stripe from "stripe";
import { z } from "zod";
import { notifyProducerOfOrder } from "~/models/checkout/checkout.server";
import { mailCheckout } from "~/models/orders/order-mails.server";
import { applyOrderTransition, loadOrderForTransition } from "~/models/orders/lifecycle.server";
import { scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db, type Tx } from "~/utils/db.server";
import { enqueueRefund, enqueueSessionExpiry } from "~/models/payments/card-payments.server";
import { postUnpayableReceipt } from "~/models/payments/ledger.server";

export type WebhookOutcome = "processed" | "duplicate" | "ignored" | "malformed";

const intentId = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** What we read from an event; anything else about its shape is Stripe's business. */
const eventShape = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

async function cancelOrders(tx: Tx, groupId: string, statuses: OrderStatus[], options: { note: string; refundedOutside?: boolean; silent?: boolean }) {
  const orders = await tx.order.findMany({ where: { groupId, status: { in: statuses } }, select: { id: true } });
  for (const { id } of orders) {
    const order = await loadOrderForTransition(tx, { id });
    if (order) await applyOrderTransition(tx, order, "CANCELLED", options);
  }
}

async function recordProblem(tx: Tx, session: Stripe.Checkout.Session, kind: PaymentProblemKind, groupId: string | null, detail: string) {
  await tx.paymentProblem.create({
    data: { groupId, stripeSessionId: session.id, kind, amountQ: session.amount_total ?? 0, currency: session.currency ?? "", detail },
  });
}

/**
 * Paid. The session must be the one the group asked to be paid, for the amount it asked, in
 * AZN; otherwise nothing is confirmed and the payment lands on the admin's problem list.
 * Orders still waiting are confirmed (their sales posted); money for orders no longer payable
 * (cancelled meanwhile, or the whole checkout expired) is owed back and refunded by the outbox.
 */
async function onSessionCompleted(tx: Tx, session: Stripe.Checkout.Session, now: Date) {
  if (session.payment_status !== "paid") return;
  const groupId = session.client_reference_id ?? session.metadata?.groupId ?? null;
  const group = groupId
    ? await tx.checkoutGroup.findUnique({
        where: { id: groupId },
        select: { id: true, userId: true, email: true, locale: true, paymentStatus: true, stripeSessionId: true, sessionAmountQ: true, receivedQ: true },
      })
    : null;
  if (!group) return recordProblem(tx, session, "UNKNOWN_GROUP", null, `client_reference_id ${groupId ?? "missing"}`);
  if (session.id !== group.stripeSessionId) {
    return recordProblem(tx, session, "SESSION_MISMATCH", group.id, `expected ${group.stripeSessionId ?? "no open session"}`);
  }
  if ((session.currency ?? "").toLowerCase() !== "azn") return recordProblem(tx, session, "CURRENCY_MISMATCH", group.id, `currency ${session.currency}`);
  if (session.amount_total !== group.sessionAmountQ) {
    return recordProblem(tx, session, "AMOUNT_MISMATCH", group.id, `expected ${group.sessionAmountQ}, got ${session.amount_total}`);
  }
  const paymentIntent = intentId(session.payment_intent);
  const amountQ = session.amount_total ?? 0;
  // Once per group: a second event about the same payment finds paidAt set and changes nothing.
  const claimed = await tx.checkoutGroup.updateMany({
    where: { id: group.id, stripeSessionId: session.id, paidAt: null },
    data: {
      paymentStatus: group.paymentStatus === "PENDING" ? "PAID" : group.paymentStatus,
      paidAt: now,
      receivedQ: amountQ,
      stripePaymentIntentId: paymentIntent,
    },
  });
  if (claimed.count !== 1) return;

  const orders = await tx.order.findMany({ where: { groupId: group.id }, orderBy: { number: "asc" }, select: { id: true, status: true, totalQ: true } });
  let unpayableQ = amountQ;
  const confirmed: string[] = [];
  if (group.paymentStatus === "PENDING") {
    for (const { id, status } of orders) {
      if (status !== "PLACED") continue;
      const order = await loadOrderForTransition(tx, { id });
      if (order && (await applyOrderTransition(tx, order, "CONFIRMED", { note: "card", silent: true, now }))) {
        unpayableQ -= order.totalQ;
        confirmed.push(id);
        await notifyProducerOfOrder(tx, order.producerId, order.id);
      }
    }
  }
  if (unpayableQ > 0 && paymentIntent) {
    const key = `unpayable:${session.id}`;
    await postUnpayableReceipt(tx, { key, groupId: group.id, amountQ: unpayableQ });
    await enqueueRefund(tx, `refund:${key}`, { groupId: group.id, orderId: null, paymentIntentId: paymentIntent, amountQ: unpayableQ });
  }
  if (confirmed.length > 0) {
    await clearPurchasedCartLines(tx, group.id, group.userId);
    await mailCheckout(tx, group.id, "checkout.mail.paid");
  } else {
    await mailCheckout(tx, group.id, "checkout.mail.paidTooLate");
  }
}

/** The cart stays until the payment is confirmed; then what was bought leaves the account's cart. */
async function clearPurchasedCartLines(tx: Tx, groupId: string, userId: string | null) {
  if (!userId) return;
  const lines = await tx.orderLine.findMany({ where: { order: { groupId } }, select: { productId: true, variantId: true, slotId: true, checkIn: true } });
  for (const line of lines) {
    await tx.cartLine.deleteMany({
      where: { cart: { userId }, productId: line.productId, variantId: line.variantId, slotId: line.slotId, checkIn: line.checkIn },
    });
  }
}

/** The shopper never paid in time: what the group held goes back, and the shopper is told how to order again. */
export async function expireGroup(tx: Tx, groupId: string, sessionId?: string) {
  const updated = await tx.checkoutGroup.updateMany({
    where: { id: groupId, paymentStatus: "PENDING", ...(sessionId ? { stripeSessionId: sessionId } : {}) },
    data: { paymentStatus: "EXPIRED" },
  });
  if (updated.count !== 1) return false;
  await cancelOrders(tx, groupId, ["PLACED"], { note: "payment not completed", silent: true });
  await mailCheckout(tx, groupId, "checkout.mail.expired");
  return true;
}

/**
 * Only the session the group is waiting on can expire it, and only when it lapsed by itself:
 * a session the app expired on purpose (an order cancelled, a fresh "Pay now") means nothing.
 */
async function onSessionExpired(tx: Tx, session: Stripe.Checkout.Session) {
  const groupId = session.client_reference_id ?? session.metadata?.groupId;
  if (!groupId) return;
  const expiredOnPurpose = await tx.outboxJob.count({ where: { key: `expire-session:${session.id}` } });
  if (expiredOnPurpose === 0) await expireGroup(tx, groupId, session.id);
}

/** A full refund made outside the app (Stripe's dashboard) cancels what is left, recording the refund as made. */
async function onChargeRefunded(tx: Tx, charge: Stripe.Charge) {
  const paymentIntent = intentId(charge.payment_intent);
  if (!paymentIntent || charge.amount_refunded < charge.amount) return;
  const group = await tx.checkoutGroup.findFirst({ where: { stripePaymentIntentId: paymentIntent }, select: { id: true } });
  if (!group) return;
  const refundedByUs = await tx.outboxJob.count({ where: { kind: "REFUND", payload: { contains: paymentIntent } } });
  if (refundedByUs > 0) return;
  await tx.checkoutGroup.update({ where: { id: group.id }, data: { paymentStatus: "REFUNDED" } });
  await cancelOrders(tx, group.id, ["PLACED", "CONFIRMED"], { note: "refunded", refundedOutside: true });
}

/**
 * Verify (in the route), record, acknowledge: the event id is stored in the same transaction
 * as its effects and the outbox jobs they need, so a replay or a retry after a crash changes
 * nothing twice and no refund is lost.
 */
export async function handleStripeEvent(raw: unknown, now = new Date()): Promise<WebhookOutcome> {
  const parsed = eventShape.safeParse(raw);
  if (!parsed.success) return "malformed";
  const event = raw as Stripe.Event;
  const handled = ["checkout.session.completed", "checkout.session.async_payment_succeeded", "checkout.session.expired", "charge.refunded"];
  try {
    await db.$transaction(async (tx) => {
      await tx.webhookEvent.create({ data: { id: event.id, type: event.type } });
      switch (event.type) {
        case "checkout.session.completed":
        case "checkout.session.async_payment_succeeded":
          await onSessionCompleted(tx, event.data.object, now);
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
  scheduleMailDelivery();
  return handled.includes(event.type) ? "processed" : "ignored";
}

/** A card checkout whose payment could not even start: give everything back at once, quietly. */
export async function cancelUnpaidGroup(groupId: string) {
  await db.$transaction(async (tx) => {
    const updated = await tx.checkoutGroup.updateMany({ where: { id: groupId, paymentStatus: "PENDING" }, data: { paymentStatus: "CANCELLED" } });
    if (updated.count === 1) await cancelOrders(tx, groupId, ["PLACED"], { note: "payment could not start", silent: true });
  });
}

/** Card checkouts not paid while their reservation held give their stock and seats back. */
export async function releaseExpiredReservations(now = new Date()) {
  const stale = await db.checkoutGroup.findMany({
    where: { paymentStatus: "PENDING", reservedUntil: { lt: now } },
    select: { id: true, stripeSessionId: true },
  });
  for (const { id, stripeSessionId } of stale) {
    await db.$transaction(async (tx) => {
      if (await expireGroup(tx, id)) {
        if (stripeSessionId) await enqueueSessionExpiry(tx, stripeSessionId);
      }
    });
  }
  if (stale.length > 0) scheduleMailDelivery();
  return stale.length;
}
