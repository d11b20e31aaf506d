import type Stripe from "stripe";
import { enqueueJob, PermanentJobError, stripeIdempotencyKey, type ClaimedJob } from "~/models/outbox/outbox.server";
import { db, type Client } from "~/utils/db.server";
import { postRefundSent } from "~/models/payments/ledger.server";
import { stripeClient } from "~/models/payments/stripe.server";

/** Stripe Checkout sessions live at least 30 minutes; reservations are held a little longer. */
export const CARD_SESSION_MINUTES = 30;
export const RESERVATION_GRACE_MINUTES = 35;

export type StartPaymentResult = { ok: true; url: string } | { ok: false; error: "payment.nothingToPay" | "payment.unavailable" };

/**
 * A Stripe Checkout Session for what the group still owes: one line per order that is still
 * waiting for payment, in AZN qəpik. The group remembers the session and its amount (the
 * webhook accepts only that session for that amount) and keeps its reservation while the
 * session is open. An open session for the same amount is reused.
 */
export async function startCardPayment(groupId: string, appOrigin: string, returnPath: string, now = new Date()): Promise<StartPaymentResult> {
  const group = await db.checkoutGroup.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      email: true,
      locale: true,
      paymentMethod: true,
      paymentStatus: true,
      stripeSessionId: true,
      sessionAmountQ: true,
      orders: { where: { status: "PLACED" }, orderBy: { number: "asc" }, select: { number: true, totalQ: true, producer: { select: { name: true } } } },
    },
  });
  if (!group || group.paymentMethod !== "CARD" || group.paymentStatus !== "PENDING" || group.orders.length === 0) {
    return { ok: false, error: "payment.nothingToPay" };
  }
  const amountQ = group.orders.reduce((sum, o) => sum + o.totalQ, 0);
  try {
    const stripe = stripeClient();
    if (group.stripeSessionId && group.sessionAmountQ === amountQ) {
      const existing = await stripe.checkout.sessions.retrieve(group.stripeSessionId);
      if (existing.url && existing.status === "open") return { ok: true, url: existing.url };
    }
    const session = await stripe.checkout.sessions.create(
      {
        mode: "payment",
        currency: "azn",
        customer_email: group.email,
        client_reference_id: group.id,
        metadata: { groupId: group.id },
        payment_intent_data: { metadata: { groupId: group.id } },
        locale: group.locale === "ru" ? "ru" : group.locale === "en" ? "en" : "auto",
        expires_at: Math.floor(now.getTime() / 1000) + CARD_SESSION_MINUTES * 60 + 60,
        line_items: group.orders.map((order) => ({
          quantity: 1,
          price_data: { currency: "azn", unit_amount: order.totalQ, product_data: { name: `${order.number} · ${order.producer.name}` } },
        })),
        // Back from a payment the page waits for its confirmation; back without paying it offers to pay or cancel.
        success_url: `${appOrigin}${returnPath}&paid=1`,
        cancel_url: `${appOrigin}${returnPath}`,
      },
      // A retry of this very request returns the same session; a later "Pay now" makes a new one.
      { idempotencyKey: `checkout-session-${group.id}-${group.stripeSessionId ?? "first"}` },
    );
    if (!session.url) throw new Error("Stripe returned a session without a URL");
    const reservedUntil = new Date(now.getTime() + RESERVATION_GRACE_MINUTES * 60_000);
    await db.$transaction(async (tx) => {
      // The session being replaced can no longer be paid.
      if (group.stripeSessionId && group.stripeSessionId !== session.id) await enqueueSessionExpiry(tx, group.stripeSessionId);
      await tx.checkoutGroup.updateMany({
        where: { id: group.id, paymentStatus: "PENDING", paidAt: null },
        data: { stripeSessionId: session.id, sessionAmountQ: amountQ, reservedUntil },
      });
    });
    return { ok: true, url: session.url };
  } catch (error) {
    console.error("card payment could not start", groupId, (error as Error).message);
    return { ok: false, error: "payment.unavailable" };
  }
}

export function enqueueSessionExpiry(tx: Client, sessionId: string) {
  return enqueueJob(tx, { kind: "EXPIRE_SESSION", key: `expire-session:${sessionId}`, payload: { sessionId } });
}

export type RefundPayload = { groupId: string; orderId: string | null; paymentIntentId: string; amountQ: number };

/** Queues a refund in the caller's transaction; the outbox worker sends it to Stripe. */
export function enqueueRefund(tx: Client, key: string, payload: RefundPayload) {
  return enqueueJob(tx, { kind: "REFUND", key, payload });
}

/** Outbox: sends a refund to Stripe (idempotent by the job's key), then records that the money left. */
export async function runRefundJob(job: ClaimedJob) {
  const payload = job.payload as RefundPayload;
  await stripeClient().refunds.create(
    { payment_intent: payload.paymentIntentId, amount: payload.amountQ, metadata: { groupId: payload.groupId, orderId: payload.orderId ?? "" } },
    { idempotencyKey: stripeIdempotencyKey(job) },
  );
  await db.$transaction(async (tx) => {
    const posted = await postRefundSent(tx, { key: `refund-sent:${job.key}`, groupId: payload.groupId, orderId: payload.orderId, amountQ: payload.amountQ });
    if (!posted || !payload.orderId) return;
    const now = new Date();
    await tx.order.update({ where: { id: payload.orderId }, data: { refundedQ: { increment: payload.amountQ }, refundedAt: now } });
    await tx.orderEvent.create({ data: { orderId: payload.orderId, status: "REFUNDED", createdAt: now } });
  });
}

/** Outbox: a session that must not be paid any more is expired at Stripe; one already closed is fine. */
export async function runExpireSessionJob(job: ClaimedJob) {
  const { sessionId } = job.payload as { sessionId: string };
  const stripe = stripeClient();
  try {
    await stripe.checkout.sessions.expire(sessionId, {}, { idempotencyKey: stripeIdempotencyKey(job) });
  } catch (error) {
    const stripeError = error as Stripe.errors.StripeError;
    if (stripeError.type === "StripeInvalidRequestError") {
      const session = await stripe.checkout.sessions.retrieve(sessionId).catch(() => null);
      if (!session) throw new PermanentJobError(`no such session ${sessionId}`);
      // Already expired: done. Already paid: the webhook refunds what is not payable.
      if (session.status !== "open") return;
    }
    throw error;
  }
}
