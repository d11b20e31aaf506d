import { describe, expect, it } from "vitest";
import { action as orderAction, loader as orderLoader } from "~/routes/dashboard/dashboard.orders.$id";
import { loader as ordersLoader } from "~/routes/dashboard/dashboard.orders._index";
import { loader as payoutsLoader } from "~/routes/dashboard/dashboard.payouts";
import { producerBalance } from "~/models/payments/ledger.server";
import { previewPayoutBatch } from "~/models/payments/payouts.server";
import { db } from "~/utils/db.server";
import { resetEnvCache } from "~/utils/env.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

async function placedOrder(email: string) {
  const { producer, member } = await createProducerWithMember();
  const product = await createProduct(producer.id, { stock: 6, priceQ: 1000 });
  const cart = await guestCartWith([{ productId: product.id, quantity: 2 }]);
  expect(statusOf(await submitCheckout(checkoutForm({ email, [`fulfilment.${producer.id}`]: "DELIVERY" }), cart))).toBe(302);
  const order = await db.order.findFirstOrThrow({ where: { producerId: producer.id } });
  return { producer, member, product, order, cookie: await sessionCookieFor(member.id) };
}

const act = (id: string, form: Record<string, string>, cookie: string) =>
  settle(() => orderAction({ request: postRequest(`/dashboard/orders/${id}`, form, { cookie }), params: { id }, context: loadContext }));

describe("producer order handling", () => {
  it("takes a cash order from PLACED to COMPLETED, posting only the commission it owes, and mails the shopper", async () => {
    process.env.COMMISSION_BPS = "1000";
    resetEnvCache();
    const { order, cookie, producer } = await placedOrder("flow@example.az");
    delete process.env.COMMISSION_BPS;
    resetEnvCache();
    expect(statusOf(await act(order.id, { intent: "CONFIRMED" }, cookie))).toBe(200);
    expect(statusOf(await act(order.id, { intent: "SHIPPED", trackingNote: "Azərpoçt AZ123" }, cookie))).toBe(200);
    expect(statusOf(await act(order.id, { intent: "COMPLETED" }, cookie))).toBe(200);
    const done = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
    expect(done.status).toBe("COMPLETED");
    expect(done.trackingNote).toBe("Azərpoçt AZ123");
    expect(done.events.map((e) => e.status)).toEqual(["PLACED", "CONFIRMED", "SHIPPED", "COMPLETED"]);
    expect(done.confirmedAt && done.shippedAt && done.completedAt).toBeTruthy();
    // The producer collected the cash: the programme owes it nothing, it owes the 10 % commission.
    const postings = await db.ledgerPosting.findMany({ where: { journal: { orderId: order.id } }, include: { journal: true }, orderBy: { id: "asc" } });
    expect(postings.map((p) => [p.journal.kind, p.account, p.producerId, p.amountQ])).toEqual([
      ["CASH_SALE", "COMMISSION_RECEIVABLE", producer.id, 200],
      ["CASH_SALE", "COMMISSION_INCOME", null, -200],
    ]);
    expect(await producerBalance(producer.id)).toEqual({ payableQ: 0, receivableQ: 200, netQ: -200 });
    expect((await previewPayoutBatch()).included.map((c) => c.producer.id)).not.toContain(producer.id);
    const mails = await db.mailOutbox.findMany({ where: { to: "flow@example.az" }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.kind)).toEqual(["checkout.mail.placed", "checkout.mail.confirmed", "checkout.mail.shipped", "checkout.mail.completedGuest"]);
    expect(mails[2].text).toContain("Azərpoçt AZ123");
  });

  it("refuses a step the status does not allow, changing nothing", async () => {
    const { order, cookie } = await placedOrder("skip@example.az");
    const result = await act(order.id, { intent: "COMPLETED" }, cookie);
    expect(statusOf(result)).toBe(409);
    expect(dataOf<{ fieldErrors: Record<string, string[]> }>(result).fieldErrors[""]).toEqual(["orders.notAllowed"]);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PLACED");
    expect(statusOf(await act(order.id, { intent: "EVIL" }, cookie))).toBe(400);
  });

  it("cancels only with a reason, returning the stock", async () => {
    const { order, cookie, product } = await placedOrder("cancel@example.az");
    const noReason = await act(order.id, { intent: "CANCELLED", reason: "" }, cookie);
    expect(dataOf<{ fieldErrors: Record<string, string[]> }>(noReason).fieldErrors.reason).toEqual(["orders.reasonRequired"]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(4);
    expect(statusOf(await act(order.id, { intent: "CANCELLED", reason: "Məhsul xarab oldu" }, cookie))).toBe(200);
    const cancelled = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.cancelReason).toBe("Məhsul xarab oldu");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(6);
    expect(await db.mailOutbox.count({ where: { to: "cancel@example.az", kind: "checkout.mail.cancelled" } })).toBe(1);
  });

  it("gives another producer's member 404 on the order page and its actions, changing nothing", async () => {
    const { order } = await placedOrder("owned@example.az");
    const stranger = await createProducerWithMember();
    const cookie = await sessionCookieFor(stranger.member.id);
    const view = await settle(() =>
      orderLoader({ request: getRequest(`/dashboard/orders/${order.id}`, { cookie }), params: { id: order.id }, context: loadContext }),
    );
    expect(statusOf(view)).toBe(404);
    expect(statusOf(await act(order.id, { intent: "CONFIRMED" }, cookie))).toBe(404);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PLACED");
    const list = await ordersLoader({ request: getRequest("/dashboard/orders", { cookie }), params: {}, context: loadContext });
    expect(list.orders.map((o) => o.id)).not.toContain(order.id);
    const payouts = await payoutsLoader({ request: getRequest("/dashboard/payouts", { cookie }), params: {}, context: loadContext });
    expect(payouts.balance).toEqual({ payableQ: 0, receivableQ: 0, netQ: 0 });
  });

  it("lists the producer's own orders, filtered by status", async () => {
    const { order, cookie } = await placedOrder("list@example.az");
    const all = await ordersLoader({ request: getRequest("/dashboard/orders", { cookie }), params: {}, context: loadContext });
    expect(all.orders.map((o) => o.id)).toEqual([order.id]);
    const shipped = await ordersLoader({ request: getRequest("/dashboard/orders?status=SHIPPED", { cookie }), params: {}, context: loadContext });
    expect(shipped.orders).toEqual([]);
    const bogus = await ordersLoader({ request: getRequest("/dashboard/orders?status=%3Cx%3E", { cookie }), params: {}, context: loadContext });
    expect(bogus.status).toBeNull();
  });
});
