import { describe, expect, it } from "vitest";
import { action as orderAction, loader as orderLoader } from "~/routes/orders.$id";
import { action as producerOrderAction } from "~/routes/dashboard/dashboard.orders.$id";
import { decideCancellation, requestCancellation } from "~/models/orders/cancel-requests.server";
import { producerAcceptPaid, producerMoveOrder, shopperCancelOrder } from "~/models/orders/lifecycle.server";
import { runOutbox } from "~/models/outbox-worker.server";
import { db } from "~/utils/db.server";
import { signLink } from "~/utils/signed-links.server";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { expectMoneyInvariants, paySession, useStripeTestServer } from "../support/stripe-env";

const stripeServer = useStripeTestServer();

const pay = (sessionId: string) => paySession(stripeServer(), sessionId);

let emails = 0;
/** One order of `quantity` units, placed as a guest and then owned by `owner` (as a signed-in checkout would be); paid when by card. */
async function placeOrder(productId: string, options: { card?: boolean; owner?: string; quantity?: number } = {}) {
  const email = `cancel${++emails}@example.az`;
  const cookie = await guestCartWith([{ productId, quantity: options.quantity ?? 2 }]);
  const form = checkoutForm({ email, paymentMethod: options.card ? "CARD" : "CASH" });
  expect(statusOf(await submitCheckout(form, cookie))).toBe(302);
  const group = await db.checkoutGroup.findFirstOrThrow({ where: { email }, include: { orders: true } });
  if (options.owner) {
    await db.checkoutGroup.update({ where: { id: group.id }, data: { userId: options.owner } });
    await db.order.updateMany({ where: { groupId: group.id }, data: { userId: options.owner } });
  }
  if (options.card) await pay(group.stripeSessionId!);
  return { order: group.orders[0], group };
}

function post(orderId: string, form: Record<string, string>, options: { cookie?: string; token?: string | null } = {}) {
  const query = options.token ? `?token=${options.token}` : "";
  return settle(() =>
    orderAction({ request: postRequest(`/orders/${orderId}${query}`, form, { cookie: options.cookie }), params: { id: orderId }, context: loadContext }),
  );
}

function producerPost(orderId: string, form: Record<string, string>, cookie: string) {
  return settle(() =>
    producerOrderAction({ request: postRequest(`/dashboard/orders/${orderId}`, form, { cookie }), params: { id: orderId }, context: loadContext }),
  );
}

describe("the shopper cancels a new order at once", () => {
  it("a paid card order nobody accepted: only its owner (or the link) may cancel; stock back, refund through the outbox, the producer mailed, the refund on the timeline", async () => {
    const { producer, member } = await createProducerWithMember();
    const product = await createProduct(producer.id, { priceQ: 1500, stock: 5 });
    const owner = await createUser();
    const stranger = await createUser();
    const { order, group } = await placeOrder(product.id, { card: true, owner: owner.id });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CONFIRMED");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(3);

    const page = await orderLoader({
      request: getRequest(`/orders/${order.id}`, { cookie: await sessionCookieFor(owner.id) }),
      params: { id: order.id },
      context: loadContext,
    });
    expect(page.order.cancel).toMatchObject({ mode: "now", request: null, refundsCard: true });

    // Another shopper, a guest without the link, and a guest with another order's link: not found, nothing changes.
    const otherOrder = await placeOrder(product.id, { quantity: 1 });
    expect(statusOf(await post(order.id, { intent: "cancelOrder" }, { cookie: await sessionCookieFor(stranger.id) }))).toBe(404);
    expect(statusOf(await post(order.id, { intent: "cancelOrder" }))).toBe(404);
    expect(statusOf(await post(order.id, { intent: "cancelOrder" }, { token: signLink("order", otherOrder.order.id) }))).toBe(404);
    expect(statusOf(await post(order.id, { intent: "requestCancel", reason: "Fikrimi dəyişdim" }))).toBe(404);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CONFIRMED");

    const result = await post(order.id, { intent: "cancelOrder" }, { cookie: await sessionCookieFor(owner.id) });
    expect(statusOf(result)).toBe(200);
    expect(dataOf<{ cancel: { done: string } }>(result).cancel.done).toBe("cancelled");
    const cancelled = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(cancelled.status).toBe("CANCELLED");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(4);
    const job = await db.outboxJob.findUniqueOrThrow({ where: { key: `refund:order:${order.id}` } });
    expect(JSON.parse(job.payload)).toMatchObject({ amountQ: 3000, paymentIntentId: `pi_${group.stripeSessionId}` });
    const producerMail = await db.mailOutbox.findFirstOrThrow({ where: { to: member.email, kind: "after.mail.shopperCancelled" } });
    expect(producerMail.text).toContain(order.number);
    expect(await db.mailOutbox.count({ where: { to: group.email, kind: "checkout.mail.cancelled" } })).toBe(1);

    await runOutbox();
    const refunds = stripeServer().requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === `pi_${group.stripeSessionId}`);
    expect(refunds.map((r) => r.body.amount)).toEqual(["3000"]);
    const events = await db.orderEvent.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.status)).toEqual(["PLACED", "CONFIRMED", "CANCELLED", "REFUNDED"]);
    // Twice changes nothing more.
    expect(statusOf(await post(order.id, { intent: "cancelOrder" }, { cookie: await sessionCookieFor(owner.id) }))).toBe(409);
    await expectMoneyInvariants();
  });

  it("a new cash order through the guest's signed link: cancelled, stock back, nothing posted or refunded", async () => {
    const { producer } = await createProducerWithMember();
    const product = await createProduct(producer.id, { stock: 4 });
    const { order } = await placeOrder(product.id);
    expect(statusOf(await post(order.id, { intent: "cancelOrder" }, { token: signLink("order", order.id) }))).toBe(200);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(4);
    expect(await db.ledgerJournal.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.outboxJob.count({ where: { kind: "REFUND", key: { contains: order.id } } })).toBe(0);
  });

  it("a new tour booking outside its free-cancel period can still be cancelled before the host accepts it: the seats come back", async () => {
    const { producer } = await createProducerWithMember();
    const tour = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0, priceQ: 3000 });
    await db.product.update({ where: { id: tour.id }, data: { cancellationPolicy: "STRICT", meetingPoint: "Şəki, Xan sarayı" } });
    const slot = await db.slot.create({ data: { productId: tour.id, startsAt: new Date(Date.now() + 3 * 86400000), capacity: 6 } });
    const email = `tour${++emails}@example.az`;
    const cookie = await guestCartWith([{ productId: tour.id, slotId: slot.id, quantity: 2 }]);
    expect(statusOf(await submitCheckout(checkoutForm({ email }), cookie))).toBe(302);
    const order = await db.order.findFirstOrThrow({ where: { group: { email } } });
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).seatsTaken).toBe(2);
    const result = await settle(() =>
      orderAction({
        request: postRequest(`/orders/${order.id}?token=${signLink("order", order.id)}`, { intent: "cancelBooking" }),
        params: { id: order.id },
        context: loadContext,
      }),
    );
    expect(statusOf(result)).toBe(200);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).seatsTaken).toBe(0);
  });
});

describe("a race between the shopper's cancel and the producer's next step", () => {
  it("cancel against ship, and cancel against accept: exactly one of each pair applies, never a refund and a shipment", async () => {
    const { producer, member } = await createProducerWithMember();
    const product = await createProduct(producer.id, { priceQ: 1000, stock: 50 });
    for (const step of ["ship", "accept", "ship", "accept"] as const) {
      const { order } = await placeOrder(product.id, { card: true, quantity: 1 });
      const access = { userId: null, tokenValid: true };
      const [cancel, producerStep] = await Promise.all([
        shopperCancelOrder({ orderId: order.id, access }),
        step === "ship"
          ? producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "SHIPPED", actorId: member.id })
          : producerAcceptPaid({ orderId: order.id, producerId: producer.id, actorId: member.id }),
      ]);
      expect([cancel.ok, producerStep.ok].filter(Boolean)).toHaveLength(1);
      const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
      const refunds = await db.outboxJob.count({ where: { kind: "REFUND", key: `refund:order:${order.id}` } });
      if (cancel.ok) {
        expect(after.status).toBe("CANCELLED");
        expect(after.shippedAt).toBeNull();
        expect(refunds).toBe(1);
      } else {
        expect(after.status).toBe(step === "ship" ? "SHIPPED" : "CONFIRMED");
        expect(after.acceptedAt).not.toBeNull();
        expect(refunds).toBe(0);
      }
    }
    // Once accepted, the shopper can only ask.
    const { order } = await placeOrder(product.id, { card: true, quantity: 1 });
    expect(await producerAcceptPaid({ orderId: order.id, producerId: producer.id, actorId: member.id })).toEqual({ ok: true });
    expect(await shopperCancelOrder({ orderId: order.id, access: { userId: null, tokenValid: true } })).toEqual({ ok: false, error: "order.notAllowed" });
    expect(await db.orderEvent.count({ where: { orderId: order.id, status: "ACCEPTED" } })).toBe(1);
    await runOutbox();
    await expectMoneyInvariants();
  });
});

describe("a cancellation request on an accepted order", () => {
  it("declined with a reason, once; another producer cannot decide it; mails both sides; accepted on another order: cancelled and the cash commission reversed", async () => {
    const { producer, member } = await createProducerWithMember();
    const other = await createProducerWithMember();
    const product = await createProduct(producer.id, { priceQ: 2000, stock: 10 });
    const owner = await createUser();
    const ownerCookie = await sessionCookieFor(owner.id);
    const memberCookie = await sessionCookieFor(member.id);
    const { order, group } = await placeOrder(product.id, { owner: owner.id });
    expect(await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "CONFIRMED", actorId: member.id })).toEqual({ ok: true });

    // Accepted: no cancel at once, a request instead (with a reason).
    expect(statusOf(await post(order.id, { intent: "cancelOrder" }, { cookie: ownerCookie }))).toBe(409);
    expect(statusOf(await post(order.id, { intent: "requestCancel", reason: "x" }, { cookie: ownerCookie }))).toBe(400);
    expect(
      statusOf(await post(order.id, { intent: "requestCancel", reason: "Ünvan dəyişdi" }, { cookie: await sessionCookieFor((await createUser()).id) })),
    ).toBe(404);
    expect(statusOf(await post(order.id, { intent: "requestCancel", reason: "Ünvan dəyişdi" }, { cookie: ownerCookie }))).toBe(200);
    expect(await db.mailOutbox.count({ where: { to: member.email, kind: "after.mail.cancelRequested.producer" } })).toBe(1);
    expect(await db.mailOutbox.count({ where: { to: group.email, kind: "after.mail.cancelRequested.shopper" } })).toBe(1);
    expect(statusOf(await post(order.id, { intent: "requestCancel", reason: "Yenə soruşuram" }, { cookie: ownerCookie }))).toBe(409);

    // Another producer's member cannot see or decide it; a decline needs a reason.
    expect(statusOf(await producerPost(order.id, { intent: "cancelAccept" }, await sessionCookieFor(other.member.id)))).toBe(404);
    expect(await decideCancellation({ orderId: order.id, producerId: other.producer.id, actorId: other.member.id, accept: true, answer: "" })).toEqual({
      ok: false,
      error: "order.notFound",
    });
    expect(statusOf(await producerPost(order.id, { intent: "cancelDecline", answer: "" }, memberCookie))).toBe(400);
    expect(statusOf(await producerPost(order.id, { intent: "cancelDecline", answer: "Artıq yola salmışıq" }, memberCookie))).toBe(200);
    const declined = await db.cancelRequest.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(declined).toMatchObject({ status: "DECLINED", answer: "Artıq yola salmışıq", decidedById: member.id });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CONFIRMED");
    expect(await db.mailOutbox.count({ where: { to: group.email, kind: "after.mail.cancelDeclined.shopper" } })).toBe(1);
    expect(await db.mailOutbox.count({ where: { to: member.email, kind: "after.mail.cancelDeclined.producer" } })).toBe(1);
    const page = await orderLoader({ request: getRequest(`/orders/${order.id}`, { cookie: ownerCookie }), params: { id: order.id }, context: loadContext });
    expect(page.order.cancel).toMatchObject({ mode: null, request: { status: "DECLINED", answer: "Artıq yola salmışıq" } });
    expect(page.order.events.map((e) => e.status)).toEqual(["PLACED", "CONFIRMED", "CANCEL_REQUESTED", "CANCEL_DECLINED"]);
    // Decided once: a second decision changes nothing.
    expect(statusOf(await producerPost(order.id, { intent: "cancelAccept" }, memberCookie))).toBe(409);

    const second = await placeOrder(product.id, { owner: owner.id, quantity: 3 });
    expect(await producerMoveOrder({ orderId: second.order.id, producerId: producer.id, to: "CONFIRMED", actorId: member.id })).toEqual({ ok: true });
    expect(await requestCancellation({ orderId: second.order.id, access: { userId: null, tokenValid: true }, reason: "Səhv məhsul seçdim" })).toEqual({
      ok: true,
    });
    const stockBefore = (await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock;
    expect(statusOf(await producerPost(second.order.id, { intent: "cancelAccept" }, memberCookie))).toBe(200);
    const cancelled = await db.order.findUniqueOrThrow({ where: { id: second.order.id } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelReason: "Səhv məhsul seçdim" });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(stockBefore + 3);
    // Cash: the producer holds no money of the shopper's; the commission it owed is taken back, nothing is refunded.
    expect(await db.ledgerJournal.findUnique({ where: { key: `reversal:${second.order.id}` } })).not.toBeNull();
    expect(await db.outboxJob.count({ where: { kind: "REFUND", key: { contains: second.order.id } } })).toBe(0);
    expect(await db.mailOutbox.count({ where: { to: second.group.email, kind: "checkout.mail.cancelled" } })).toBe(1);
    expect(await db.mailOutbox.count({ where: { to: member.email, kind: "after.mail.cancelAccepted.producer" } })).toBe(1);
    await expectMoneyInvariants();
  });

  it("accepting a request after the order was shipped does nothing: the request stays open, no refund", async () => {
    const { producer, member } = await createProducerWithMember();
    const product = await createProduct(producer.id, { priceQ: 1200, stock: 10 });
    const { order } = await placeOrder(product.id, { card: true, quantity: 1 });
    expect(await producerAcceptPaid({ orderId: order.id, producerId: producer.id, actorId: member.id })).toEqual({ ok: true });
    expect(await requestCancellation({ orderId: order.id, access: { userId: null, tokenValid: true }, reason: "Tez lazım idi" })).toEqual({ ok: true });
    // Read before the shipment, decided after it: the order's conditional update refuses and the request's claim is rolled back.
    const [shipped, decided] = await Promise.all([
      producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "SHIPPED", actorId: member.id }),
      decideCancellation({ orderId: order.id, producerId: producer.id, actorId: member.id, accept: true, answer: "" }),
    ]);
    expect([shipped.ok, decided.ok].filter(Boolean)).toHaveLength(1);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    const request = await db.cancelRequest.findUniqueOrThrow({ where: { orderId: order.id } });
    const refunds = await db.outboxJob.count({ where: { kind: "REFUND", key: { contains: order.id } } });
    if (shipped.ok) expect([after.status, request.status, refunds]).toEqual(["SHIPPED", "REQUESTED", 0]);
    else expect([after.status, request.status, refunds]).toEqual(["CANCELLED", "ACCEPTED", 1]);
    await expectMoneyInvariants();
  });
});
