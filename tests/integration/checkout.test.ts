import { describe, expect, it } from "vitest";
import { loader as orderLoader } from "~/routes/orders.$id";
import { loader as confirmationLoader } from "~/routes/checkout.$groupId";
import { db } from "~/utils/db.server";
import { createProducer, createProduct, createUser, setFlatFee } from "../support/factories";
import { checkoutForm, guestCartWith, openCheckout, submitCheckout } from "../support/checkout";
import { dataOf, getRequest, headerOf, loadContext, sessionCookieFor, settle, statusOf } from "../support/http";

describe("cash on delivery checkout", () => {
  it("makes one order per producer in one group, reserves stock and empties the cart", async () => {
    const a = await createProducer();
    const b = await createProducer();
    const honey = await createProduct(a.id, { stock: 5, priceQ: 1500 });
    const carpet = await createProduct(b.id, { stock: 2, priceQ: 40000 });
    const cookie = await guestCartWith([
      { productId: honey.id, quantity: 2 },
      { productId: carpet.id, quantity: 1 },
    ]);
    const result = await submitCheckout(checkoutForm(), cookie);
    expect(statusOf(result)).toBe(302);
    const location = headerOf(result, "Location")!;
    expect(location).toMatch(/^\/checkout\/\w+\?token=/);
    expect(headerOf(result, "Set-Cookie")).toMatch(/^cart=.*Max-Age=0/);

    const group = await db.checkoutGroup.findFirstOrThrow({
      where: { email: "orxan@example.az" },
      include: { orders: { include: { lines: true, events: true } } },
    });
    expect(group.orders).toHaveLength(2);
    expect(group.totalQ).toBe(2 * 1500 + 40000);
    expect(group.orders.every((o) => o.status === "PLACED" && o.events.length === 1)).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: honey.id } })).stock).toBe(3);
    expect((await db.product.findUniqueOrThrow({ where: { id: carpet.id } })).stock).toBe(1);
    expect(await db.mailOutbox.count({ where: { to: "orxan@example.az", kind: "checkout.mail.placed" } })).toBe(1);

    // The guest reaches the confirmation and each order through the signed links only.
    const [path, query] = location.split("?");
    const groupId = path.split("/").pop()!;
    const page = (await confirmationLoader({ request: getRequest(location), params: { groupId }, context: loadContext })).data;
    expect(page.group.orders).toHaveLength(2);
    const order = page.group.orders[0];
    const ok = await orderLoader({ request: getRequest(`/orders/${order.id}?token=${order.token}`), params: { id: order.id }, context: loadContext });
    expect(ok.order.number).toBe(order.number);
    const forged = await settle(() =>
      orderLoader({ request: getRequest(`/orders/${order.id}?token=${"x".repeat(32)}`), params: { id: order.id }, context: loadContext }),
    );
    expect(statusOf(forged)).toBe(404);
    const noToken = await settle(() => confirmationLoader({ request: getRequest(`/checkout/${groupId}`), params: { groupId }, context: loadContext }));
    expect(statusOf(noToken)).toBe(404);
    void query;
  });

  it("creates one group for a double-submitted form", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 10 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const form = checkoutForm({ email: "twice@example.az" });
    const page = await openCheckout(cookie);
    const [first, second] = await Promise.all([submitCheckout(form, cookie, page), submitCheckout(form, cookie, page)]);
    expect(headerOf(first, "Location")).toBe(headerOf(second, "Location"));
    expect(await db.checkoutGroup.count({ where: { email: "twice@example.az" } })).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(9);
  });

  it("never oversells: 30 concurrent checkouts for 5 in stock", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const cookies = await Promise.all(Array.from({ length: 30 }, () => guestCartWith([{ productId: product.id, quantity: 1 }])));
    const results = await Promise.all(cookies.map((cookie, i) => submitCheckout(checkoutForm({ email: `race${i}@example.az` }), cookie)));
    const placed = results.filter((r) => statusOf(r) === 302);
    const refused = results.filter((r) => statusOf(r) === 409);
    expect(placed).toHaveLength(5);
    expect(refused).toHaveLength(25);
    for (const r of refused) expect(dataOf<{ error: Record<string, string[]> }>(r).error[""]).toEqual(["checkout.soldOut"]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
    expect(await db.order.count({ where: { lines: { some: { productId: product.id } } } })).toBe(5);
  });

  it("books seats on a tour slot and refuses more than its capacity", async () => {
    const producer = await createProducer();
    const tour = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0 });
    const slot = await db.slot.create({ data: { productId: tour.id, startsAt: new Date(Date.now() + 7 * 86400000), capacity: 4, seatsTaken: 1 } });
    const cookie = await guestCartWith([{ productId: tour.id, slotId: slot.id, quantity: 3 }]);
    expect(statusOf(await submitCheckout(checkoutForm({ email: "tour@example.az" }), cookie))).toBe(302);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).seatsTaken).toBe(4);
    const order = await db.order.findFirstOrThrow({ where: { group: { email: "tour@example.az" } } });
    expect(order.fulfilment).toBe("ON_SITE");
    const again = await guestCartWith([{ productId: tour.id, slotId: slot.id, quantity: 1 }]);
    expect(again).toBe("");
  });

  it("shows a changed price and asks again, writing nothing the first time", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5, priceQ: 1000 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    await db.product.update({ where: { id: product.id }, data: { priceQ: 1200 } });
    const first = await submitCheckout(checkoutForm({ email: "price@example.az" }), cookie);
    expect(statusOf(first)).toBe(409);
    expect(dataOf<{ error: Record<string, string[]> }>(first).error[""]).toEqual(["checkout.priceChanged"]);
    expect(await db.checkoutGroup.count({ where: { email: "price@example.az" } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(5);
    const updatedCookie = (first as { init: ResponseInit }).init.headers
      ? new Headers((first as { init: ResponseInit }).init.headers).get("Set-Cookie")!.split(";")[0]
      : cookie;
    const second = await submitCheckout(checkoutForm({ email: "price@example.az" }), updatedCookie);
    expect(statusOf(second)).toBe(302);
    expect((await db.checkoutGroup.findFirstOrThrow({ where: { email: "price@example.az" } })).totalQ).toBe(1200);
  });

  it("rejects bad input and an empty cart with messages and writes nothing", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const before = await db.checkoutGroup.count();
    const bad = await submitCheckout(checkoutForm({ email: "not-an-email", phone: "12", street: "", fulfilment_ignored: "x" }), cookie);
    expect(statusOf(bad)).toBe(400);
    const errors = dataOf<{ error: Record<string, string[]> }>(bad).error;
    expect(errors.email).toEqual(["form.email"]);
    expect(errors.phone).toEqual(["form.phone"]);
    const noAddress = await submitCheckout({ ...checkoutForm({ street: "" }), [`fulfilment.${product.producerId}`]: "DELIVERY" }, cookie);
    expect(dataOf<{ error: Record<string, string[]> }>(noAddress).error.street).toEqual(["address.streetRequired"]);
    const empty = await submitCheckout(checkoutForm(), "");
    expect(dataOf<{ error: Record<string, string[]> }>(empty).error[""]).toEqual(["checkout.emptyCart"]);
    const card = await submitCheckout(checkoutForm({ paymentMethod: "CARD" }), cookie);
    expect(dataOf<{ error: Record<string, string[]> }>(card).error.paymentMethod).toEqual(["checkout.cardUnavailable"]);
    expect(await db.checkoutGroup.count()).toBe(before);
  });

  it("refuses a vanished product", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    await db.product.update({ where: { id: product.id }, data: { status: "ARCHIVED" } });
    const result = await submitCheckout(checkoutForm(), cookie);
    expect(dataOf<{ error: Record<string, string[]> }>(result).error[""]).toEqual(["checkout.unavailable"]);
  });

  it("gives a signed-in shopper their order, and 404 to anyone else", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const owner = await createUser();
    const ownerCookie = await sessionCookieFor(owner.id);
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }], ownerCookie);
    expect(statusOf(await submitCheckout(checkoutForm({ email: owner.email }), cookie))).toBe(302);
    const order = await db.order.findFirstOrThrow({ where: { userId: owner.id } });
    const mine = await orderLoader({ request: getRequest(`/orders/${order.id}`, { cookie: ownerCookie }), params: { id: order.id }, context: loadContext });
    expect(mine.order.id).toBe(order.id);
    const otherCookie = await sessionCookieFor((await createUser()).id);
    const theirs = await settle(() =>
      orderLoader({ request: getRequest(`/orders/${order.id}`, { cookie: otherCookie }), params: { id: order.id }, context: loadContext }),
    );
    expect(statusOf(theirs)).toBe(404);
  });

  it("places nothing when a delivery fee changed after the page showed it, and names the producer", async () => {
    const producer = await createProducer({ name: "Quba Bağları" });
    await setFlatFee(producer.id, 300);
    const product = await createProduct(producer.id, { stock: 5, priceQ: 1000 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const page = await openCheckout(cookie);
    expect(page.fees).toEqual({ [`shownFee.${producer.id}`]: "300" });
    await setFlatFee(producer.id, 900);
    const form = { ...checkoutForm({ email: "fee@example.az" }), [`fulfilment.${producer.id}`]: "DELIVERY" };
    const stale = await submitCheckout(form, cookie, page);
    expect(statusOf(stale)).toBe(409);
    const reply = dataOf<{ error: Record<string, string[]>; changedFees: string[]; item: string }>(stale);
    expect(reply.error[""]).toEqual(["checkout.feeChanged"]);
    expect(reply.changedFees).toEqual([producer.id]);
    expect(reply.item).toBe("Quba Bağları");
    expect(await db.checkoutGroup.count({ where: { email: "fee@example.az" } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(5);
    // The page shown again carries the new fee; placed with it, the total includes it.
    expect(statusOf(await submitCheckout(form, cookie))).toBe(302);
    expect((await db.checkoutGroup.findFirstOrThrow({ where: { email: "fee@example.az" } })).totalQ).toBe(1900);
  });

  it("does nothing with someone else's idempotency key: no redirect to their order, the cart stays", async () => {
    const product = await createProduct((await createProducer()).id, { stock: 5 });
    const victimCart = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const victimPage = await openCheckout(victimCart);
    const placed = await submitCheckout(checkoutForm({ email: "victim@example.az" }), victimCart, victimPage);
    expect(statusOf(placed)).toBe(302);

    const attackerCart = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const attackerPage = await openCheckout(attackerCart);
    const replay = await submitCheckout(checkoutForm({ email: "attacker@example.az" }), attackerCart, { ...attackerPage, key: victimPage.key });
    expect(statusOf(replay)).toBe(409);
    expect(dataOf<{ error: Record<string, string[]> }>(replay).error[""]).toEqual(["checkout.expired"]);
    expect(replay instanceof Response).toBe(false);
    const headers = new Headers((replay as { init: ResponseInit }).init?.headers);
    expect(headers.get("Set-Cookie")).toBeNull();
    // Signed in, a key made for a guest (or for another account) is refused the same way.
    const user = await createUser();
    const userCart = await guestCartWith([{ productId: product.id, quantity: 1 }], await sessionCookieFor(user.id));
    expect(statusOf(await submitCheckout(checkoutForm({ email: user.email }), userCart, { ...(await openCheckout(userCart)), key: victimPage.key }))).toBe(409);
    expect(await db.checkoutGroup.count({ where: { email: { in: ["attacker@example.az", user.email] } } })).toBe(0);
  });
});
