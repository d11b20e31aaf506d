import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as webhookAction } from "~/routes/webhooks.stripe";
import { producerMoveOrder } from "~/models/orders/lifecycle.server";
import { releaseExpiredReservations } from "~/models/payments/webhooks.server";
import { db } from "~/utils/db.server";
import { resetEnvCache } from "~/utils/env.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct } from "../support/factories";
import { loadContext, statusOf } from "../support/http";
import { startStripeTestServer, type StripeTestServer } from "../support/stripe-server";

const WEBHOOK_SECRET = "whsec_test_secret";
let stripe: StripeTestServer;

beforeAll(async () => {
  stripe = await startStripeTestServer({ webhookSecret: WEBHOOK_SECRET });
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: stripe.url, COMMISSION_BPS: "500" });
  resetEnvCache();
});

afterAll(async () => {
  await stripe.close();
  for (const key of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "COMMISSION_BPS"]) delete process.env[key];
  resetEnvCache();
});

function deliver(payload: string, header: string | null) {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (header) headers.set("Stripe-Signature", header);
  return webhookAction({ request: new Request("http://localhost/webhooks/stripe", { method: "POST", body: payload, headers }), params: {}, context: loadContext });
}

async function cardCheckout(email: string, quantity = 2) {
  const { producer, member } = await createProducerWithMember();
  const product = await createProduct(producer.id, { stock: 10, priceQ: 2500 });
  const cookie = await guestCartWith([{ productId: product.id, quantity }]);
  const result = await submitCheckout(checkoutForm({ email, paymentMethod: "CARD" }), cookie);
  const group = await db.checkoutGroup.findFirstOrThrow({ where: { email }, include: { orders: true } });
  return { result, group, product, producer, member };
}

describe("card payments through Stripe Checkout", () => {
  it("creates one session for the group in AZN qəpik and sends the shopper to it", async () => {
    const { result, group } = await cardCheckout("card1@example.az");
    expect(statusOf(result)).toBe(302);
    const request = stripe.requests.find((r) => r.path === "/v1/checkout/sessions" && r.body.client_reference_id === group.id)!;
    expect(request.body).toMatchObject({
      mode: "payment",
      currency: "azn",
      "metadata[groupId]": group.id,
      "line_items[0][price_data][currency]": "azn",
      "line_items[0][price_data][unit_amount]": String(group.orders[0].totalQ),
      "line_items[0][quantity]": "1",
    });
    expect(request.idempotencyKey).toBe(`checkout-session-${group.id}`);
    expect((result as Response).headers.get("Location")).toBe(stripe.sessions.get(group.stripeSessionId!)!.url);
    expect(group.paymentStatus).toBe("PENDING");
    expect(group.orders[0].status).toBe("PLACED");
  });

  it("confirms the orders and credits the ledger when the signed webhook lands; a replay changes nothing", async () => {
    const { group, producer } = await cardCheckout("card2@example.az");
    const session = { ...stripe.sessions.get(group.stripeSessionId!)!, payment_status: "paid", status: "complete", payment_intent: "pi_test_2" };
    const event = stripe.signedEvent("checkout.session.completed", session, "evt_completed_2");
    expect((await deliver(event.payload, event.header)).status).toBe(200);
    const paid = await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id }, include: { orders: true } });
    expect(paid.paymentStatus).toBe("PAID");
    expect(paid.stripePaymentIntentId).toBe("pi_test_2");
    expect(paid.orders[0].status).toBe("CONFIRMED");
    const ledger = await db.ledgerEntry.findMany({ where: { producerId: producer.id } });
    expect(ledger.map((e) => [e.kind, e.amountQ])).toEqual([["SALE", 5000 - 250]]);

    const replay = await deliver(event.payload, event.header);
    expect(await replay.json()).toMatchObject({ outcome: "duplicate" });
    expect(await db.ledgerEntry.count({ where: { producerId: producer.id } })).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: paid.orders[0].id } })).toBe(2);
  });

  it("answers 400 to a bad or missing signature and records nothing", async () => {
    const { group } = await cardCheckout("card3@example.az");
    const event = stripe.signedEvent("checkout.session.completed", { ...stripe.sessions.get(group.stripeSessionId!)!, payment_status: "paid" }, "evt_forged");
    expect((await deliver(event.payload, null)).status).toBe(400);
    // Flip one hex digit of the signature to a different one, whatever it was (replacing it with a
    // fixed digit left the signature valid whenever it already was that digit).
    const tampered = event.header.replace(/v1=([0-9a-f])/, (_match, digit: string) => `v1=${digit === "0" ? "1" : "0"}`);
    expect(tampered).not.toBe(event.header);
    expect((await deliver(event.payload, tampered)).status).toBe(400);
    expect((await deliver(event.payload.replace("evt_forged", "evt_forged2"), event.header)).status).toBe(400);
    expect(await db.webhookEvent.count({ where: { id: "evt_forged" } })).toBe(0);
    expect((await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id } })).paymentStatus).toBe("PENDING");
  });

  it("releases stock when the session expires, and refunds a payment that arrives after that", async () => {
    const { group, product } = await cardCheckout("card5@example.az", 3);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(7);
    const session = stripe.sessions.get(group.stripeSessionId!)!;
    const expired = stripe.signedEvent("checkout.session.expired", { ...session, status: "expired" });
    await deliver(expired.payload, expired.header);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    const after = await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id }, include: { orders: true } });
    expect(after.paymentStatus).toBe("EXPIRED");
    expect(after.orders[0].status).toBe("CANCELLED");

    // Out of order: a completed event for the expired session must not resurrect it.
    const late = stripe.signedEvent("checkout.session.completed", { ...session, payment_status: "paid", payment_intent: "pi_late" });
    await deliver(late.payload, late.header);
    expect((await db.order.findUniqueOrThrow({ where: { id: after.orders[0].id } })).status).toBe("CANCELLED");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    expect(stripe.requests.some((r) => r.path === "/v1/refunds" && r.body.payment_intent === "pi_late")).toBe(true);
  });

  it("expires unpaid reservations on its own when no webhook comes", async () => {
    const { group, product } = await cardCheckout("card6@example.az", 4);
    await db.checkoutGroup.update({ where: { id: group.id }, data: { createdAt: new Date(Date.now() - 60 * 60 * 1000) } });
    expect(await releaseExpiredReservations()).toBeGreaterThanOrEqual(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
  });

  it("refunds the order's share through Stripe when a producer cancels a paid order", async () => {
    const { group, producer, member, product } = await cardCheckout("card7@example.az");
    const session = { ...stripe.sessions.get(group.stripeSessionId!)!, payment_status: "paid", payment_intent: "pi_test_7" };
    const event = stripe.signedEvent("checkout.session.completed", session);
    await deliver(event.payload, event.header);
    const order = group.orders[0];
    const result = await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "CANCELLED", actorId: member.id, reason: "Fırtına səbəbindən" });
    expect(result).toEqual({ ok: true });
    const refund = stripe.requests.find((r) => r.path === "/v1/refunds" && r.body.payment_intent === "pi_test_7")!;
    expect(refund.body.amount).toBe(String(order.totalQ));
    expect(refund.idempotencyKey).toBe(`refund-${order.id}`);
    const ledger = await db.ledgerEntry.findMany({ where: { producerId: producer.id }, orderBy: { id: "asc" } });
    expect(ledger.map((e) => e.kind)).toEqual(["SALE", "REFUND"]);
    expect(ledger.reduce((s, e) => s + e.amountQ, 0)).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);

    const refunded = stripe.signedEvent("charge.refunded", { id: "ch_7", object: "charge", payment_intent: "pi_test_7", amount: order.totalQ, amount_refunded: order.totalQ, metadata: {} });
    expect((await deliver(refunded.payload, refunded.header)).status).toBe(200);
    expect((await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id } })).paymentStatus).toBe("REFUNDED");
  });

  it("acknowledges unknown event types with 200", async () => {
    const event = stripe.signedEvent("customer.created", { id: "cus_1", object: "customer" });
    const response = await deliver(event.payload, event.header);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "ignored" });
  });
});
