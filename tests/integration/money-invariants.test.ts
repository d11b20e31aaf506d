import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as webhookAction } from "~/routes/webhooks.stripe";
import { cancelAwaitingPayment, producerMoveOrder } from "~/models/orders/lifecycle.server";
import type { OrderStatus } from "~/models/orders/order-status";
import { runOutbox } from "~/models/outbox-worker.server";
import { checkMoney } from "~/models/payments/money-check.server";
import { createPayoutBatch, previewPayoutBatch } from "~/models/payments/payouts.server";
import { releaseExpiredReservations } from "~/models/checkout/payment-events.server";
import { db } from "~/utils/db.server";
import { resetEnvCache } from "~/utils/env.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct, createUser, setFlatFee } from "../support/factories";
import { loadContext } from "../support/http";
import { startStripeTestServer, type StripeTestServer } from "../support/stripe-server";

const SECRET = "whsec_invariants";
let stripe: StripeTestServer;

beforeAll(async () => {
  stripe = await startStripeTestServer({ webhookSecret: SECRET });
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_inv", STRIPE_WEBHOOK_SECRET: SECRET, STRIPE_API_BASE: stripe.url, COMMISSION_BPS: "700" });
  resetEnvCache();
});
afterAll(async () => {
  await stripe.close();
  for (const key of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "COMMISSION_BPS"]) delete process.env[key];
  resetEnvCache();
});

/** A small deterministic generator (mulberry32): the same seed gives the same run every time. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] };
}

async function deliver(type: string, object: Record<string, unknown>) {
  const { payload, header } = stripe.signedEvent(type, object);
  const headers = new Headers({ "Content-Type": "application/json", "Stripe-Signature": header });
  await webhookAction({
    request: new Request("http://localhost/webhooks/stripe", { method: "POST", body: payload, headers }),
    params: {},
    context: loadContext,
  });
}

describe("money invariants under random sequences of everything that moves money", () => {
  it("hold after every step of checkout, pay, expire, cancel, ship, complete, refund and payout", async () => {
    const random = generator(20261202);
    const admin = await createUser({ role: "ADMIN" });
    const shops: { producer: { id: string }; member: { id: string }; product: { id: string } }[] = [];
    for (let i = 0; i < 3; i++) {
      const { producer, member } = await createProducerWithMember();
      await db.producer.update({
        where: { id: producer.id },
        data: { bankHolder: `Ailə ${i}`, bankIban: "AZ21NABZ00000000137010001944", bankConfirmedAt: new Date() },
      });
      await setFlatFee(producer.id, 150 * i);
      const product = await createProduct(producer.id, { stock: 10_000, priceQ: 995 + 337 * i });
      shops.push({ producer, member, product });
    }
    let emails = 0;
    const steps: string[] = [];

    const actions: Record<string, () => Promise<void>> = {
      async checkout() {
        const chosen = random.int(2) ? shops : [random.pick(shops)];
        const cart = await guestCartWith(chosen.map((s) => ({ productId: s.product.id, quantity: 1 + random.int(3) })));
        const card = random.int(3) > 0;
        await submitCheckout(checkoutForm({ email: `inv${++emails}@example.az`, paymentMethod: card ? "CARD" : "CASH" }), cart);
      },
      async pay() {
        // Mostly a checkout waiting for payment; now and then one that expired or was cancelled meanwhile (paid too late).
        const late = random.int(5) === 0;
        const group = await db.checkoutGroup.findFirst({
          where: { paymentMethod: "CARD", stripeSessionId: { not: null }, paidAt: null, ...(late ? {} : { paymentStatus: "PENDING" }) },
          orderBy: { createdAt: "asc" },
        });
        if (!group) return;
        const session = stripe.sessions.get(group.stripeSessionId!)!;
        await deliver("checkout.session.completed", { ...session, status: "complete", payment_status: "paid", payment_intent: `pi_${session.id}` });
      },
      async expire() {
        const group = await db.checkoutGroup.findFirst({ where: { paymentStatus: "PENDING" }, orderBy: { createdAt: "desc" } });
        if (!group) return;
        if (random.int(2) && group.stripeSessionId) {
          await deliver("checkout.session.expired", { ...stripe.sessions.get(group.stripeSessionId)!, status: "expired" });
        } else {
          await db.checkoutGroup.update({ where: { id: group.id }, data: { reservedUntil: new Date(Date.now() - 1000) } });
          await releaseExpiredReservations();
        }
      },
      async producerCancel() {
        const order = await db.order.findFirst({ where: { status: { in: ["PLACED", "CONFIRMED"] } }, skip: random.int(3), orderBy: { placedAt: "asc" } });
        if (!order) return;
        const shop = shops.find((s) => s.producer.id === order.producerId)!;
        await producerMoveOrder({ orderId: order.id, producerId: order.producerId, to: "CANCELLED", actorId: shop.member.id, reason: "Bağışlayın" });
      },
      async shopperCancel() {
        const group = await db.checkoutGroup.findFirst({ where: { paymentStatus: "PENDING" } });
        if (group) await cancelAwaitingPayment(group.id, null);
      },
      async advance() {
        const order = await db.order.findFirst({
          where: { status: { in: ["PLACED", "CONFIRMED", "SHIPPED"] } },
          skip: random.int(4),
          orderBy: { placedAt: "desc" },
        });
        if (!order) return;
        const next: Record<string, OrderStatus> = { PLACED: "CONFIRMED", CONFIRMED: "SHIPPED", SHIPPED: "COMPLETED" };
        const shop = shops.find((s) => s.producer.id === order.producerId)!;
        await producerMoveOrder({ orderId: order.id, producerId: order.producerId, to: next[order.status], actorId: shop.member.id, trackingNote: "AZ-1" });
      },
      async race() {
        // Cancel and ship at once: exactly one wins, and no refund is left behind a shipment.
        const order = await db.order.findFirst({ where: { status: "CONFIRMED", fulfilment: "DELIVERY" }, orderBy: { placedAt: "desc" } });
        if (!order) return;
        const shop = shops.find((s) => s.producer.id === order.producerId)!;
        const move = (to: OrderStatus) =>
          producerMoveOrder({ orderId: order.id, producerId: order.producerId, to, actorId: shop.member.id, reason: "x", trackingNote: "AZ-2" });
        const results = await Promise.all(random.int(2) ? [move("SHIPPED"), move("CANCELLED")] : [move("CANCELLED"), move("SHIPPED")]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
      },
      async refundOutside() {
        const group = await db.checkoutGroup.findFirst({ where: { paymentStatus: "PAID", orders: { every: { status: "CONFIRMED" } } } });
        if (!group?.stripePaymentIntentId) return;
        await deliver("charge.refunded", {
          id: `ch_${group.id}`,
          object: "charge",
          payment_intent: group.stripePaymentIntentId,
          amount: group.receivedQ,
          amount_refunded: group.receivedQ,
          metadata: {},
        });
      },
      async payout() {
        const preview = await previewPayoutBatch();
        if (preview.included.length) await createPayoutBatch(admin.id, { totalQ: preview.totalQ, producers: preview.included.length });
      },
      async outbox() {
        if (random.int(4) === 0) stripe.failNext("/v1/refunds", 2);
        await runOutbox({ now: new Date(Date.now() + 2 * 60 * 60_000) });
      },
    };
    const weights: [string, number][] = [
      ["checkout", 6],
      ["pay", 4],
      ["expire", 1],
      ["producerCancel", 2],
      ["shopperCancel", 1],
      ["advance", 4],
      ["race", 2],
      ["refundOutside", 1],
      ["payout", 1],
      ["outbox", 2],
    ];
    const bag = weights.flatMap(([name, weight]) => Array<string>(weight).fill(name));
    for (let step = 0; step < 70; step++) {
      const name = random.pick(bag);
      steps.push(name);
      await actions[name]();
      for (const check of await checkMoney()) expect(check.problems, `${check.key} after ${steps.join(" → ")}`).toEqual([]);
    }
    await runOutbox({ now: new Date(Date.now() + 24 * 60 * 60_000) });
    for (const check of await checkMoney()) expect(check.problems, check.key).toEqual([]);
    // The run did reach every kind of money event.
    const kinds = (await db.ledgerJournal.groupBy({ by: ["kind"], _count: { _all: true } })).map((k) => k.kind).sort();
    expect(kinds, steps.join(" → ")).toEqual(["CARD_SALE", "CASH_SALE", "PAYOUT", "REFUND_SENT", "SALE_REVERSAL", "UNPAYABLE_RECEIPT"]);
  }, 240_000);
});
