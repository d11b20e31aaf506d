import { db } from "~/utils/db.server";
import { stripeClient } from "./stripe.server";

/** Stripe Checkout sessions live at least 30 minutes; reservations are held a little longer. */
export const CARD_SESSION_MINUTES = 30;
export const RESERVATION_GRACE_MINUTES = 35;

/**
 * One Stripe Checkout Session for the whole group, in AZN qəpik, one line per order, tied to
 * the group by client_reference_id and metadata. Returns the URL to send the shopper to.
 */
export async function startCardPayment(groupId: string, appOrigin: string, successPath: string): Promise<string> {
  const group = await db.checkoutGroup.findUniqueOrThrow({
    where: { id: groupId },
    select: {
      id: true,
      email: true,
      locale: true,
      stripeSessionId: true,
      orders: { select: { number: true, totalQ: true, producer: { select: { name: true } } } },
    },
  });
  const stripe = stripeClient();
  if (group.stripeSessionId) {
    const existing = await stripe.checkout.sessions.retrieve(group.stripeSessionId);
    if (existing.url && existing.status === "open") return existing.url;
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
      expires_at: Math.floor(Date.now() / 1000) + CARD_SESSION_MINUTES * 60 + 60,
      line_items: group.orders.map((order) => ({
        quantity: 1,
        price_data: {
          currency: "azn",
          unit_amount: order.totalQ,
          product_data: { name: `${order.number} · ${order.producer.name}` },
        },
      })),
      success_url: `${appOrigin}${successPath}`,
      cancel_url: `${appOrigin}/checkout`,
    },
    { idempotencyKey: `checkout-session-${group.id}` },
  );
  await db.checkoutGroup.update({ where: { id: group.id }, data: { stripeSessionId: session.id } });
  if (!session.url) throw new Error("Stripe returned a session without a URL");
  return session.url;
}

/** Refunds one order's share of a paid group; true when Stripe accepted it. */
export async function refundOrderPayment(order: {
  id: string;
  totalQ: number;
  group: { stripePaymentIntentId: string | null };
}): Promise<boolean> {
  if (!order.group.stripePaymentIntentId) return false;
  try {
    await stripeClient().refunds.create(
      { payment_intent: order.group.stripePaymentIntentId, amount: order.totalQ, metadata: { orderId: order.id } },
      { idempotencyKey: `refund-${order.id}` },
    );
    return true;
  } catch (error) {
    console.error("refund failed", order.id, (error as Error).message);
    return false;
  }
}
