import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as dashboardCentres from "~/routes/dashboard/dashboard.centres";
import * as parcelsPage from "~/routes/centre/centre.parcels";
import * as orderPage from "~/routes/orders.$id";
import { orderLinkPath } from "~/models/orders/order-mails.server";
import { publicOrigin } from "~/utils/public-url.server";
import { qrCode } from "~/utils/qr.server";
import { producerMoveOrder } from "~/models/orders/lifecycle.server";
import { db } from "~/utils/db.server";
import { resetEnvCache } from "~/utils/env.server";
import { checkoutForm, guestCartWith, openCheckout, submitCheckout } from "../support/checkout";
import { createProducerWithMember, createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { expectMoneyInvariants, paySession } from "../support/stripe-env";
import { startStripeTestServer, type StripeTestServer } from "../support/stripe-server";

const WEBHOOK_SECRET = "whsec_test_secret";
let stripe: StripeTestServer;

const centreData = (nameEn: string, district: string, pickupFeeQ: number) => ({
  nameAz: nameEn,
  nameEn,
  nameRu: nameEn,
  address: "Kiçik Qala küç. 5",
  district,
  hoursAz: "Hər gün 10:00–20:00",
  phone: "+994 12 505 00 10",
  pickupFeeQ,
  pickupDays: 3,
});

let centreA = "";
let centreB = "";
let closedCentre = "";
let staffA = "";
let staffB = "";

beforeAll(async () => {
  stripe = await startStripeTestServer({ webhookSecret: WEBHOOK_SECRET });
  Object.assign(process.env, { STRIPE_SECRET_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: stripe.url, COMMISSION_BPS: "500" });
  resetEnvCache();
  centreA = (await db.centre.create({ data: centreData("Old City centre", "Səbail", 200) })).id;
  centreB = (await db.centre.create({ data: centreData("Shaki centre", "Şəki", 0) })).id;
  closedCentre = (await db.centre.create({ data: { ...centreData("Closed centre", "Gəncə", 0), active: false } })).id;
  const a = await createUser({ role: "CENTRE_STAFF" });
  const b = await createUser({ role: "CENTRE_STAFF" });
  await db.user.update({ where: { id: a.id }, data: { centreId: centreA } });
  await db.user.update({ where: { id: b.id }, data: { centreId: centreB } });
  staffA = await sessionCookieFor(a.id);
  staffB = await sessionCookieFor(b.id);
});

afterAll(async () => {
  await stripe.close();
  for (const key of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "COMMISSION_BPS"]) delete process.env[key];
  resetEnvCache();
});

/** A producer that sends goods to centre A (chosen on its dashboard page), with one good in a guest's cart. */
async function producerAtCentreA() {
  const { producer, member } = await createProducerWithMember();
  const product = await createProduct(producer.id, { stock: 10, priceQ: 2500 });
  const cookie = await sessionCookieFor(member.id);
  const saved = await settle(() =>
    dashboardCentres.action({ request: postRequest("/dashboard/centres", { centres: [centreA, closedCentre] }, { cookie }), params: {}, context: loadContext }),
  );
  expect(statusOf(saved)).toBe(302);
  const cart = await guestCartWith([{ productId: product.id, quantity: 2 }]);
  return { producer, member, product, cart };
}

const parcelPost = (form: Record<string, string>, cookie: string) =>
  settle(() => parcelsPage.action({ request: postRequest("/centre/parcels", form, { cookie }), params: {}, context: loadContext }));
const mailKinds = async (to: string) =>
  (await db.mailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { kind: true } })).map((m) => m.kind);

describe("pickup at an ABAD centre", () => {
  it("a producer chooses open centres only; the checkout offers them with the programme's fee", async () => {
    const { producer, cart } = await producerAtCentreA();
    expect((await db.producerCentre.findMany({ where: { producerId: producer.id } })).map((l) => l.centreId)).toEqual([centreA]);
    const page = await openCheckout(cart);
    expect(page.key).toBeTruthy();
    const cash = await submitCheckout(checkoutForm({ paymentMethod: "CASH", [`fulfilment.${producer.id}`]: `CENTRE:${centreA}` }), cart, page);
    expect(statusOf(cash)).toBe(409);
    expect(dataOf<{ error: Record<string, string[]> }>(cash).error[""]).toEqual(["checkout.centreNeedsCard"]);
    // A centre the producer does not send to is no choice at all.
    const other = await submitCheckout(checkoutForm({ paymentMethod: "CARD", [`fulfilment.${producer.id}`]: `CENTRE:${centreB}` }), cart);
    expect(dataOf<{ error: Record<string, string[]> }>(other).error[""]).toEqual(["checkout.fulfilmentUnavailable"]);
  });

  it("an order paid by card goes to the centre, is received, and handed over only against its number; both sides are mailed", async () => {
    const { producer, member, cart } = await producerAtCentreA();
    const email = "centre-pickup@example.az";
    const placed = await submitCheckout(checkoutForm({ email, paymentMethod: "CARD", [`fulfilment.${producer.id}`]: `CENTRE:${centreA}` }), cart);
    expect(statusOf(placed)).toBe(302);
    const group = await db.checkoutGroup.findFirstOrThrow({ where: { email }, include: { orders: true } });
    const [order] = group.orders;
    expect(order).toMatchObject({ fulfilment: "CENTRE", centreId: centreA, deliveryQ: 200, totalQ: 5200, district: "Səbail" });
    expect((await paySession(stripe, group.stripeSessionId!)).status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CONFIRMED" });

    // Another centre's staff neither see nor move it.
    const listB = (await settle(() =>
      parcelsPage.loader({ request: getRequest("/centre/parcels", { cookie: staffB }), params: {}, context: loadContext }),
    )) as {
      parcels: { incoming: { id: string }[] };
    };
    expect(listB.parcels.incoming.map((p) => p.id)).not.toContain(order.id);
    expect(statusOf(await parcelPost({ intent: "receive", orderId: order.id }, staffB))).toBe(404);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CONFIRMED" });

    expect(await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "SHIPPED", actorId: member.id })).toEqual({ ok: true });
    // The producer cannot say it was picked up: only the centre hands it over.
    expect(await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "COMPLETED", actorId: member.id })).toEqual({
      ok: false,
      error: "order.notAllowed",
    });
    const listA = (await settle(() =>
      parcelsPage.loader({ request: getRequest("/centre/parcels", { cookie: staffA }), params: {}, context: loadContext }),
    )) as {
      parcels: { incoming: { id: string; status: string }[] };
    };
    expect(listA.parcels.incoming.find((p) => p.id === order.id)?.status).toBe("SHIPPED");

    expect(statusOf(await parcelPost({ intent: "receive", orderId: order.id }, staffA))).toBe(302);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "READY_FOR_PICKUP" });
    expect(await mailKinds(email)).toContain("centre.mail.ready");
    expect(await mailKinds(member.email)).toContain("centre.mail.received");
    const ready = await db.mailOutbox.findFirstOrThrow({ where: { to: email, kind: "centre.mail.ready" } });
    expect(ready.text).toContain("Kiçik Qala küç. 5");
    expect(ready.text).toContain(order.number);

    const wrong = await parcelPost({ intent: "handOver", orderId: order.id, code: "AB-0000-0000" }, staffA);
    expect(statusOf(wrong)).toBe(409);
    expect(dataOf<{ error: string }>(wrong).error).toBe("centre.parcels.wrongCode");
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "READY_FOR_PICKUP" });
    expect(statusOf(await parcelPost({ intent: "handOver", orderId: order.id, code: ` ${order.number.toLowerCase()} ` }, staffA))).toBe(302);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "COMPLETED" });
    expect(await mailKinds(email)).toContain("checkout.mail.completedGuest");
    expect(await mailKinds(member.email)).toContain("centre.mail.handed");
    // A second hand-over of the same parcel does nothing.
    expect(statusOf(await parcelPost({ intent: "handOver", orderId: order.id, code: order.number }, staffA))).toBe(409);
    await expectMoneyInvariants();
  });

  it("the shopper's page shows the QR code of its signed link; the centre's staff open that link and hand the parcel over there", async () => {
    const { producer, member, cart } = await producerAtCentreA();
    const email = "centre-qr@example.az";
    expect(statusOf(await submitCheckout(checkoutForm({ email, paymentMethod: "CARD", [`fulfilment.${producer.id}`]: `CENTRE:${centreA}` }), cart))).toBe(302);
    const group = await db.checkoutGroup.findFirstOrThrow({ where: { email }, include: { orders: true } });
    const [order] = group.orders;
    expect((await paySession(stripe, group.stripeSessionId!)).status).toBe(200);
    const link = orderLinkPath(order.id);
    const open = async (cookie: string | null, path = link) =>
      dataOf<{ pickup: { kind: string; qr?: { size: number; path: string }; ready?: boolean; handedOver?: boolean } | null }>(
        await settle(() => orderPage.loader({ request: getRequest(path, { cookie }), params: { id: order.id }, context: loadContext })),
      ).pickup;
    const handOver = (cookie: string, path = link) =>
      settle(() => orderPage.action({ request: postRequest(path, { intent: "handOver" }, { cookie }), params: { id: order.id }, context: loadContext }));

    // The guest's signed link page: a QR code of that very link, to show at the counter.
    const shopperView = await open(null);
    expect(shopperView).toMatchObject({ kind: "shopper" });
    expect(shopperView?.qr).toEqual(qrCode(`${publicOrigin()}${link}`));
    expect(shopperView?.qr?.path).toMatch(/^M\d+ \d+h(\d+)v1h-\1z/);

    // Another centre's staff scanning it get nothing to do, and cannot hand it over.
    expect(await open(staffB)).toBeNull();
    expect(statusOf(await handOver(staffB))).toBe(404);
    // Not received at the centre yet: nothing to hand over.
    expect(await open(staffA)).toMatchObject({ kind: "staff", ready: false });
    expect(statusOf(await handOver(staffA))).toBe(409);

    expect(await producerMoveOrder({ orderId: order.id, producerId: producer.id, to: "SHIPPED", actorId: member.id })).toEqual({ ok: true });
    expect(statusOf(await parcelPost({ intent: "receive", orderId: order.id }, staffA))).toBe(302);
    expect(await open(staffA)).toMatchObject({ kind: "staff", ready: true });
    // Without the link's token (or with a forged one) the staff cannot hand it over from this page.
    expect(statusOf(await handOver(staffA, `/orders/${order.id}`))).toBe(404);
    expect(statusOf(await handOver(staffA, `/orders/${order.id}?token=${"x".repeat(32)}`))).toBe(404);
    // A shopper holding the link is not centre staff.
    expect(statusOf(await handOver(await sessionCookieFor((await createUser()).id)))).toBe(403);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "READY_FOR_PICKUP" });

    expect(statusOf(await handOver(staffA))).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "COMPLETED" });
    expect(await mailKinds(email)).toContain("checkout.mail.completedGuest");
    expect(await mailKinds(member.email)).toContain("centre.mail.handed");
    expect(await open(staffA)).toMatchObject({ kind: "staff", handedOver: true });
    // Once picked up, the shopper's page no longer shows a code.
    expect(await open(null)).toBeNull();
    expect(statusOf(await handOver(staffA))).toBe(409);
    await expectMoneyInvariants();
  });

  it("the parcels page is for centre staff only", async () => {
    const shopper = await sessionCookieFor((await createUser()).id);
    const { member } = await createProducerWithMember();
    for (const cookie of [shopper, await sessionCookieFor(member.id), await sessionCookieFor((await createUser({ role: "ADMIN" })).id)]) {
      expect(statusOf(await settle(() => parcelsPage.loader({ request: getRequest("/centre/parcels", { cookie }), params: {}, context: loadContext })))).toBe(
        403,
      );
      expect(statusOf(await parcelPost({ intent: "receive", orderId: "x" }, cookie))).toBe(403);
    }
  });
});
