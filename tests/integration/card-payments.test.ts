import { describe, expect, it } from "vitest";
import { action as groupAction, loader as groupLoader } from "~/routes/checkout.$groupId";
import { producerMoveOrder } from "~/models/orders/lifecycle.server";
import { runOutbox } from "~/models/outbox-worker.server";
import { releaseExpiredReservations } from "~/models/checkout/payment-events.server";
import { checkoutLinkPath } from "~/models/payments/order-links.server";
import { db } from "~/utils/db.server";
import { checkoutForm, guestCartWith, openCheckout, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct } from "../support/factories";
import { getRequest, headerOf, loadContext, postRequest, settle, statusOf } from "../support/http";
import { deliverWebhook, expectMoneyInvariants, paySession, useStripeTestServer, WEBHOOK_SECRET } from "../support/stripe-env";

const stripeServer = useStripeTestServer();

async function cardCheckout(email: string, quantity = 2) {
  const { producer, member } = await createProducerWithMember();
  const product = await createProduct(producer.id, { stock: 10, priceQ: 2500 });
  const cookie = await guestCartWith([{ productId: product.id, quantity }]);
  const result = await submitCheckout(checkoutForm({ email, paymentMethod: "CARD" }), cookie);
  const group = await db.checkoutGroup.findFirstOrThrow({ where: { email }, include: { orders: true } });
  return { result, group, product, producer, member, cookie };
}

const pay = (sessionId: string, overrides: Record<string, unknown> = {}) => paySession(stripeServer(), sessionId, overrides);

const journalsOf = (orderId: string) =>
  db.ledgerJournal.findMany({ where: { orderId }, orderBy: { id: "asc" }, include: { postings: { orderBy: { id: "asc" } } } });
const refundsTo = (paymentIntent: string) => stripeServer().requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === paymentIntent);
const mailsTo = (email: string) => db.mailOutbox.findMany({ where: { to: email }, orderBy: { createdAt: "asc" }, select: { kind: true, text: true } });

describe("card payments through Stripe Checkout", () => {
  it("creates one session for what the group owes, keeps the cart, and mails nobody before payment", async () => {
    const { result, group, cookie } = await cardCheckout("card1@example.az");
    expect(statusOf(result)).toBe(302);
    const request = stripeServer().requests.find((r) => r.path === "/v1/checkout/sessions" && r.body.client_reference_id === group.id)!;
    expect(request.body).toMatchObject({
      mode: "payment",
      currency: "azn",
      "metadata[groupId]": group.id,
      "line_items[0][price_data][currency]": "azn",
      "line_items[0][price_data][unit_amount]": String(group.orders[0].totalQ),
      "line_items[0][quantity]": "1",
    });
    expect(request.idempotencyKey).toBe(`checkout-session-${group.id}-first`);
    expect(headerOf(result, "Location")).toBe(stripeServer().sessions.get(group.stripeSessionId!)!.url);
    // Stripe's own cancel link comes back to the checkout's page, where it can be paid or cancelled.
    expect(request.body.cancel_url).toContain(`/checkout/${group.id}?token=`);
    expect(group.paymentStatus).toBe("PENDING");
    expect(group.sessionAmountQ).toBe(group.totalQ);
    expect(group.orders[0].status).toBe("PLACED");
    expect(headerOf(result, "Set-Cookie")).toBeNull();
    expect((await openCheckout(cookie)).fees).not.toEqual({});
    expect(await mailsTo("card1@example.az")).toEqual([]);
    expect(await db.mailOutbox.count({ where: { kind: "checkout.mail.newOrder", text: { contains: group.orders[0].number } } })).toBe(0);
  });

  it("confirms the orders and posts the card sale when the signed webhook lands; a replay changes nothing", async () => {
    const { group, producer } = await cardCheckout("card2@example.az");
    expect((await pay(group.stripeSessionId!)).status).toBe(200);
    const paid = await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id }, include: { orders: true } });
    expect(paid.paymentStatus).toBe("PAID");
    expect(paid.receivedQ).toBe(5000);
    expect(paid.orders[0].status).toBe("CONFIRMED");
    const [sale] = await journalsOf(paid.orders[0].id);
    expect(sale.kind).toBe("CARD_SALE");
    expect(sale.postings.map((p) => [p.account, p.producerId, p.amountQ])).toEqual([
      ["STRIPE_CLEARING", null, 5000],
      ["PAYABLE", producer.id, -(5000 - 250)],
      ["COMMISSION_INCOME", null, -250],
    ]);
    const mails = await mailsTo("card2@example.az");
    expect(mails.map((m) => m.kind)).toEqual(["checkout.mail.paid"]);
    expect(mails[0].text).toContain(paid.orders[0].number);
    expect(mails[0].text).toContain(checkoutLinkPath(group.id));

    const replay = stripeServer().signedEvent(
      "checkout.session.completed",
      { ...stripeServer().sessions.get(group.stripeSessionId!)!, payment_status: "paid" },
      "evt_replay_2",
    );
    await deliverWebhook(replay.payload, replay.header);
    const again = await deliverWebhook(replay.payload, replay.header);
    expect(await again.json()).toMatchObject({ outcome: "duplicate" });
    // A second, different event about the same payment finds it already counted.
    await pay(group.stripeSessionId!);
    expect((await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id } })).receivedQ).toBe(5000);
    expect(await db.ledgerJournal.count({ where: { groupId: group.id } })).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: paid.orders[0].id } })).toBe(2);
    await expectMoneyInvariants();
  });

  it("answers 400 to a bad or missing signature and records nothing", async () => {
    const { group } = await cardCheckout("card3@example.az");
    const event = stripeServer().signedEvent(
      "checkout.session.completed",
      { ...stripeServer().sessions.get(group.stripeSessionId!)!, payment_status: "paid" },
      "evt_forged",
    );
    // Tampering always changes the signature: its first hex digit is replaced by a different one.
    const tampered = event.header.replace(/v1=(\w)/, (_, first: string) => `v1=${first === "0" ? "1" : "0"}`);
    expect(tampered).not.toBe(event.header);
    expect((await deliverWebhook(event.payload, null)).status).toBe(400);
    expect((await deliverWebhook(event.payload, tampered)).status).toBe(400);
    expect((await deliverWebhook(event.payload.replace("evt_forged", "evt_forged2"), event.header)).status).toBe(400);
    expect(await db.webhookEvent.count({ where: { id: "evt_forged" } })).toBe(0);
    expect((await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id } })).paymentStatus).toBe("PENDING");
  });

  it("answers 400 to a signed event without id or data, and records nothing", async () => {
    for (const body of [
      { object: "event", type: "checkout.session.completed", data: { object: {} } },
      { id: "evt_nodata", object: "event", type: "checkout.session.completed" },
    ]) {
      const payload = JSON.stringify(body);
      const header = new (await import("stripe")).default("sk_x").webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
      const response = await deliverWebhook(payload, header);
      expect(response.status).toBe(400);
    }
    expect(await db.webhookEvent.count({ where: { id: "evt_nodata" } })).toBe(0);
  });

  it("confirms nothing when the session, amount or currency differ from what the group asked; the admin sees it", async () => {
    const { group } = await cardCheckout("card4@example.az");
    const session = stripeServer().sessions.get(group.stripeSessionId!)!;
    await pay(session.id, { amount_total: 100 });
    await pay(session.id, { currency: "usd" });
    await pay("cs_test_unknown_1", { ...session, id: "cs_test_unknown_1", payment_status: "paid" });
    const after = await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id }, include: { orders: true } });
    expect(after.paymentStatus).toBe("PENDING");
    expect(after.orders[0].status).toBe("PLACED");
    const problems = await db.paymentProblem.findMany({ where: { groupId: group.id }, orderBy: { createdAt: "asc" } });
    expect(problems.map((p) => p.kind)).toEqual(["AMOUNT_MISMATCH", "CURRENCY_MISMATCH", "SESSION_MISMATCH"]);
    expect(await db.ledgerJournal.count({ where: { groupId: group.id } })).toBe(0);
  });

  it("releases stock when the session expires, and refunds a payment that arrives after that, even if Stripe fails at first", async () => {
    const { group, product } = await cardCheckout("card5@example.az", 3);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(7);
    const session = stripeServer().sessions.get(group.stripeSessionId!)!;
    const expired = stripeServer().signedEvent("checkout.session.expired", { ...session, status: "expired" });
    await deliverWebhook(expired.payload, expired.header);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    const after = await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id }, include: { orders: true } });
    expect(after.paymentStatus).toBe("EXPIRED");
    expect(after.orders[0].status).toBe("CANCELLED");
    expect((await mailsTo("card5@example.az")).map((m) => m.kind)).toEqual(["checkout.mail.expired"]);

    // Out of order: a completed event for the expired session must not resurrect it; the money goes back.
    await pay(session.id, { payment_intent: "pi_late" });
    expect((await db.order.findUniqueOrThrow({ where: { id: after.orders[0].id } })).status).toBe("CANCELLED");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    const job = await db.outboxJob.findFirstOrThrow({ where: { kind: "REFUND", payload: { contains: "pi_late" } } });

    // Stripe errors (the SDK's own retry included): the job stays, with the reason, for later.
    stripeServer().failNext("/v1/refunds", 2);
    await runOutbox();
    const failed = await db.outboxJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(failed.status).toBe("PENDING");
    expect(failed.lastError).toContain("injected failure");
    expect(failed.runAt.getTime()).toBeGreaterThan(Date.now());
    await runOutbox({ now: new Date(failed.runAt.getTime() + 1000) });
    expect((await db.outboxJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("DONE");
    const refunds = refundsTo("pi_late");
    expect(refunds.every((r) => r.idempotencyKey === job.key)).toBe(true);
    expect(refunds.at(-1)!.body.amount).toBe(String(after.totalQ));
    expect(await db.ledgerJournal.count({ where: { groupId: group.id, kind: "REFUND_SENT" } })).toBe(1);
    await expectMoneyInvariants();
  });

  it("expires unpaid reservations on its own when no webhook comes, and closes the payment page", async () => {
    const { group, product } = await cardCheckout("card6@example.az", 4);
    await db.checkoutGroup.update({ where: { id: group.id }, data: { reservedUntil: new Date(Date.now() - 60_000) } });
    expect(await releaseExpiredReservations()).toBeGreaterThanOrEqual(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    await runOutbox();
    expect(stripeServer().sessions.get(group.stripeSessionId!)!.status).toBe("expired");
  });

  it("cancels a paid order first and refunds it after, through the outbox", async () => {
    const { group, producer, member, product } = await cardCheckout("card7@example.az");
    await pay(group.stripeSessionId!, { payment_intent: "pi_test_7" });
    const order = group.orders[0];
    const result = await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "CANCELLED", actorId: member.id, reason: "Fırtına səbəbindən" });
    expect(result).toEqual({ ok: true });
    expect(refundsTo("pi_test_7")).toHaveLength(0);
    await runOutbox();
    const [refund] = refundsTo("pi_test_7");
    expect(refund.body.amount).toBe(String(order.totalQ));
    expect(refund.idempotencyKey).toBe(`refund:order:${order.id}`);
    const journals = await journalsOf(order.id);
    expect(journals.map((j) => j.kind)).toEqual(["CARD_SALE", "SALE_REVERSAL", "REFUND_SENT"]);
    const refunded = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
    expect(refunded.refundedQ).toBe(order.totalQ);
    expect(refunded.events.map((e) => e.status)).toEqual(["PLACED", "CONFIRMED", "CANCELLED", "REFUNDED"]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);

    // Stripe then reports the refund it made for us: nothing is refunded or cancelled twice.
    const charge = stripeServer().signedEvent("charge.refunded", {
      id: "ch_7",
      object: "charge",
      payment_intent: "pi_test_7",
      amount: order.totalQ,
      amount_refunded: order.totalQ,
      metadata: {},
    });
    expect((await deliverWebhook(charge.payload, charge.header)).status).toBe(200);
    await runOutbox();
    expect(refundsTo("pi_test_7")).toHaveLength(1);
    await expectMoneyInvariants();
  });

  it("never leaves both a refund and a shipment when cancel races ship", async () => {
    for (let i = 0; i < 6; i++) {
      const { group, producer, member } = await cardCheckout(`race${i}@example.az`, 1);
      await pay(group.stripeSessionId!);
      const order = group.orders[0];
      const move = (to: "SHIPPED" | "CANCELLED") =>
        producerMoveOrder({ orderId: order.id, producerId: producer.id, to, actorId: member.id, reason: "x", trackingNote: "AZ-1" });
      const [ship, cancel] =
        i % 2 ? await Promise.all([move("SHIPPED"), move("CANCELLED")]) : (await Promise.all([move("CANCELLED"), move("SHIPPED")])).reverse();
      expect([ship.ok, cancel.ok].filter(Boolean)).toHaveLength(1);
      const final = await db.order.findUniqueOrThrow({ where: { id: order.id } });
      const refundJobs = await db.outboxJob.count({ where: { key: `refund:order:${order.id}` } });
      expect(refundJobs).toBe(final.status === "CANCELLED" ? 1 : 0);
    }
    await runOutbox();
    await expectMoneyInvariants();
  });

  it("refunds a payment for an order the producer cancelled while the Stripe page was open", async () => {
    const { group, producer, member, product } = await cardCheckout("card8@example.az");
    const sessionId = group.stripeSessionId!;
    const order = group.orders[0];
    expect(await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "CANCELLED", actorId: member.id, reason: "Hazır deyil" })).toEqual({
      ok: true,
    });
    expect((await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id } })).paymentStatus).toBe("CANCELLED");
    expect(await db.outboxJob.count({ where: { key: `expire-session:${sessionId}` } })).toBe(1);
    // The shopper paid just before the expiry reached Stripe.
    await pay(sessionId, { payment_intent: "pi_test_8" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    await runOutbox();
    expect(refundsTo("pi_test_8").map((r) => r.body.amount)).toEqual([String(group.totalQ)]);
    expect((await mailsTo("card8@example.az")).map((m) => m.kind)).toContain("checkout.mail.paidTooLate");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    await expectMoneyInvariants();
  });

  it("lets the shopper come back from Stripe, pay with a fresh session, or cancel", async () => {
    const { group, cookie, product } = await cardCheckout("card9@example.az");
    const token = checkoutLinkPath(group.id).split("token=")[1];
    const path = `/checkout/${group.id}?token=${token}`;
    const page = (await groupLoader({ request: getRequest(path, { cookie }), params: { groupId: group.id }, context: loadContext })) as unknown as {
      data: { group: { paymentStatus: string } };
    };
    expect(page.data.group.paymentStatus).toBe("PENDING");

    // Pay now after the first session lapsed at Stripe: a new session, the old one closed.
    stripeServer().sessions.get(group.stripeSessionId!)!.status = "expired";
    const payNow = await settle(() =>
      groupAction({ request: postRequest(path, { intent: "pay" }, { cookie }), params: { groupId: group.id }, context: loadContext }),
    );
    expect(statusOf(payNow)).toBe(302);
    const renewed = await db.checkoutGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(renewed.stripeSessionId).not.toBe(group.stripeSessionId);
    expect(headerOf(payNow, "Location")).toBe(stripeServer().sessions.get(renewed.stripeSessionId!)!.url);

    // Someone without the link cannot touch it.
    const stranger = await settle(() =>
      groupAction({ request: postRequest(`/checkout/${group.id}`, { intent: "cancel" }), params: { groupId: group.id }, context: loadContext }),
    );
    expect(statusOf(stranger)).toBe(404);

    const cancel = await settle(() =>
      groupAction({ request: postRequest(path, { intent: "cancel" }, { cookie }), params: { groupId: group.id }, context: loadContext }),
    );
    expect(statusOf(cancel)).toBe(200);
    expect((await db.order.findUniqueOrThrow({ where: { id: group.orders[0].id } })).status).toBe("CANCELLED");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    await runOutbox();
    expect(stripeServer().sessions.get(renewed.stripeSessionId!)!.status).toBe("expired");
  });

  it("keeps the cart and places nothing half-made when Stripe cannot be reached", async () => {
    const { producer } = await createProducerWithMember();
    const product = await createProduct(producer.id, { stock: 5, priceQ: 1000 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 2 }]);
    stripeServer().failNext("/v1/checkout/sessions", 2);
    const result = await submitCheckout(checkoutForm({ email: "down@example.az", paymentMethod: "CARD" }), cookie);
    expect(statusOf(result)).toBe(503);
    expect((result as { data: { error: { "": string[] } } }).data.error[""]).toEqual(["checkout.cardUnavailable"]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(5);
    expect((await db.order.findMany({ where: { group: { email: "down@example.az" } } })).every((o) => o.status === "CANCELLED")).toBe(true);
    expect(await mailsTo("down@example.az")).toEqual([]);
    // The cart is untouched: the same cookie still checks out.
    const retry = await submitCheckout(checkoutForm({ email: "down@example.az", paymentMethod: "CASH" }), cookie);
    expect(statusOf(retry)).toBe(302);
  });

  it("acknowledges unknown event types with 200", async () => {
    const event = stripeServer().signedEvent("customer.created", { id: "cus_1", object: "customer" });
    const response = await deliverWebhook(event.payload, event.header);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "ignored" });
  });
});
