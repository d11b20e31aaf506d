import { describe, expect, it } from "vitest";
import { addDays, isoWeekday } from "~/models/bookings/stay-dates";
import { bakuToday } from "~/utils/baku-time";
import { loader as cartLoader } from "~/routes/cart";
import { action as bookingsAction, loader as bookingsLoader } from "~/routes/dashboard/dashboard.bookings";
import { db } from "~/utils/db.server";
import { createProducer, createProducerWithMember, createProduct, createStay, createUser } from "../support/factories";
import { checkoutForm, guestCartWith, submitCheckout } from "../support/checkout";
import { dataOf, getRequest, loadContext, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";

/** The next Monday at least `weeksAhead` weeks from today (so weekday and weekend nights are known). */
function mondayAhead(weeksAhead: number) {
  let day = addDays(bakuToday(), weeksAhead * 7);
  while (isoWeekday(day) !== 1) day = addDays(day, 1);
  return day;
}

describe("stays: nights between check-in and check-out", () => {
  it("books every night of the range at its own price, in an on-site order of its own beside the goods", async () => {
    const producer = await createProducer();
    const honey = await createProduct(producer.id, { stock: 5, priceQ: 1500 });
    const room = await createStay(producer.id, { priceQ: 6000, weekendPriceQ: 8000, maxGuests: 3 });
    const tour = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0, priceQ: 2500 });
    const slot = await db.slot.create({ data: { productId: tour.id, startsAt: new Date(Date.now() + 10 * 86400000), capacity: 8 } });
    const thursday = addDays(mondayAhead(3), 3);
    // Thursday, Friday and Saturday nights: 60 + 80 + 80 AZN.
    const cookie = await guestCartWith([
      { productId: honey.id, quantity: 2 },
      { productId: room.id, quantity: 2, checkIn: thursday, checkOut: addDays(thursday, 3) },
      { productId: tour.id, slotId: slot.id, quantity: 3 },
    ]);
    const cart = (await cartLoader({ request: getRequest("/cart", { cookie }), params: {}, context: loadContext })).cart;
    // Two jars, one stay and one session: people and nights are not items.
    expect(cart.itemCount).toBe(4);
    const stayLine = cart.groups[0].lines.find((l) => l.kind === "STAY")!;
    expect(stayLine).toMatchObject({ nights: 3, quantity: 2, lineTotalQ: 22000, checkOut: addDays(thursday, 3) });

    expect(statusOf(await submitCheckout(checkoutForm({ email: "stay@example.az" }), cookie))).toBe(302);
    const orders = await db.order.findMany({ where: { group: { email: "stay@example.az" } }, include: { lines: true }, orderBy: { totalQ: "asc" } });
    expect(orders.map((o) => o.fulfilment).sort()).toEqual(["DELIVERY", "ON_SITE", "ON_SITE"]);
    const delivery = orders.find((o) => o.fulfilment === "DELIVERY")!;
    expect(delivery.lines.map((l) => l.productId)).toEqual([honey.id]);
    expect(delivery.totalQ).toBe(3000 + delivery.deliveryQ);
    const stayOrder = orders.find((o) => o.lines[0].productId === room.id)!;
    expect(stayOrder).toMatchObject({ totalQ: 22000, deliveryQ: 0, address: "Lahıc kəndi, Hüseyn Cavid küçəsi 12" });
    expect(stayOrder.lines[0]).toMatchObject({ checkIn: thursday, checkOut: addDays(thursday, 3), quantity: 3, guests: 2, unit: "night", totalQ: 22000 });
    const nights = await db.stayNight.findMany({ where: { productId: room.id }, orderBy: { night: "asc" } });
    expect(nights.map((n) => n.night)).toEqual([thursday, addDays(thursday, 1), addDays(thursday, 2)]);
    expect(nights.every((n) => n.orderLineId === stayOrder.lines[0].id)).toBe(true);
    const group = await db.checkoutGroup.findFirstOrThrow({ where: { email: "stay@example.az" } });
    expect(group.totalQ).toBe(orders.reduce((sum, o) => sum + o.totalQ, 0));
    // The reminder for the day before is waiting in the outbox for both bookings.
    expect(await db.outboxJob.count({ where: { kind: "BOOKING_REMINDER", key: { in: orders.map((o) => `reminder:${o.id}`) } } })).toBe(2);
  });

  it("refuses a range crossing a taken or blocked night, too many guests and too short a stay, changing nothing", async () => {
    const producer = await createProducer();
    const room = await createStay(producer.id, { maxGuests: 2, minNights: 2 });
    const monday = mondayAhead(4);
    await db.stayNight.create({ data: { productId: room.id, night: addDays(monday, 2) } });
    const add = async (checkIn: string, checkOut: string, quantity = 2) => guestCartWith([{ productId: room.id, quantity, checkIn, checkOut }]);
    expect(await add(monday, addDays(monday, 3))).toBe("");
    expect(await add(monday, addDays(monday, 2), 3)).toBe("");
    expect(await add(monday, addDays(monday, 1))).toBe("");
    expect(await add(addDays(monday, 3), addDays(monday, 2))).toBe("");
    expect(await add(monday, addDays(monday, 2))).not.toBe("");
    expect(await add(addDays(monday, 3), addDays(monday, 5))).not.toBe("");
  });

  it("never lets two shoppers racing for overlapping ranges of one room both succeed", async () => {
    const producer = await createProducer();
    const room = await createStay(producer.id, { maxGuests: 2 });
    const monday = mondayAhead(5);
    // Eight ranges, each sharing the Thursday night with every other one.
    const ranges = Array.from({ length: 8 }, (_, i) => {
      const checkIn = addDays(monday, i % 4);
      return { checkIn, checkOut: addDays(monday, 4 + (i % 3)) };
    });
    const cookies = await Promise.all(ranges.map((range) => guestCartWith([{ productId: room.id, quantity: 1, ...range }])));
    expect(cookies.every(Boolean)).toBe(true);
    const results = await Promise.all(cookies.map((cookie, i) => submitCheckout(checkoutForm({ email: `stayrace${i}@example.az` }), cookie)));
    const placed = results.filter((r) => statusOf(r) === 302);
    const refused = results.filter((r) => statusOf(r) === 409);
    expect(placed).toHaveLength(1);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(dataOf<{ error: Record<string, string[]> }>(r).error[""]).toEqual(["checkout.soldOut"]);
    const winner = await db.order.findFirstOrThrow({ where: { lines: { some: { productId: room.id } } }, include: { lines: true } });
    const taken = await db.stayNight.findMany({ where: { productId: room.id } });
    expect(taken).toHaveLength(winner.lines[0].quantity);
    expect(taken.every((n) => n.orderLineId === winner.lines[0].id)).toBe(true);
    expect(await db.order.count({ where: { lines: { some: { productId: room.id } } } })).toBe(1);
  });
});

describe("the host's bookings page", () => {
  it("shows only the member's own rooms, blocks a free night (which shoppers then cannot book) and refuses a booked one", async () => {
    const { producer, member } = await createProducerWithMember();
    const other = await createProducer();
    const room = await createStay(producer.id, { maxGuests: 2 });
    const theirs = await createStay(other.id);
    const monday = mondayAhead(6);
    const cookie = await sessionCookieFor(member.id);
    const load = (query: string) =>
      settle(() => bookingsLoader({ request: getRequest(`/dashboard/bookings?${query}`, { cookie }), params: {}, context: loadContext }));
    const post = (form: Record<string, string>) =>
      settle(() => bookingsAction({ request: postRequest("/dashboard/bookings", form, { cookie }), params: {}, context: loadContext }));

    expect(statusOf(await load(`product=${theirs.id}`))).toBe(404);
    expect(statusOf(await post({ intent: "block", productId: theirs.id, day: monday }))).toBe(404);
    expect(await db.stayNight.count({ where: { productId: theirs.id } })).toBe(0);

    expect(statusOf(await post({ intent: "block", productId: room.id, day: monday }))).toBe(200);
    const page = dataOf<{ calendar: { days: { day: string; blocked: boolean; booked: string | null }[] } }>(
      await load(`product=${room.id}&month=${monday.slice(0, 7)}`),
    );
    expect(page.calendar.days.find((d) => d.day === monday)).toMatchObject({ blocked: true, booked: null });
    expect(await guestCartWith([{ productId: room.id, quantity: 1, checkIn: monday, checkOut: addDays(monday, 2) }])).toBe("");

    const booked = await guestCartWith([{ productId: room.id, quantity: 2, checkIn: addDays(monday, 2), checkOut: addDays(monday, 4) }]);
    expect(statusOf(await submitCheckout(checkoutForm({ email: "arrival@example.az" }), booked))).toBe(302);
    expect(statusOf(await post({ intent: "block", productId: room.id, day: addDays(monday, 3) }))).toBe(409);
    const arrivals = dataOf<{ arrivals: { name: string; people: number; nights: number }[] }>(await load(`day=${addDays(monday, 2)}`)).arrivals;
    expect(arrivals).toEqual([expect.objectContaining({ name: "Orxan Səfərov", people: 2, nights: 2 })]);

    expect(statusOf(await post({ intent: "unblock", productId: room.id, day: monday }))).toBe(200);
    expect(await db.stayNight.count({ where: { productId: room.id, orderLineId: null } })).toBe(0);

    // A shopper has no dashboard.
    const shopperCookie = await sessionCookieFor((await createUser()).id);
    const asShopper = await settle(() =>
      bookingsLoader({ request: getRequest("/dashboard/bookings", { cookie: shopperCookie }), params: {}, context: loadContext }),
    );
    expect([302, 403]).toContain(statusOf(asShopper));
  });

  it("lists a session's guests for its host only", async () => {
    const { producer, member } = await createProducerWithMember();
    const intruder = await createProducerWithMember();
    const tour = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0 });
    const slot = await db.slot.create({ data: { productId: tour.id, startsAt: new Date(Date.now() + 9 * 86400000), capacity: 8 } });
    const cookie = await guestCartWith([{ productId: tour.id, slotId: slot.id, quantity: 3 }]);
    await submitCheckout(checkoutForm({ email: "guestlist@example.az" }), cookie);
    const list = (userId: string) =>
      sessionCookieFor(userId).then((c) =>
        settle(() =>
          bookingsLoader({ request: getRequest(`/dashboard/bookings?product=${tour.id}&slot=${slot.id}`, { cookie: c }), params: {}, context: loadContext }),
        ),
      );
    const mine = dataOf<{ guestList: { guests: { name: string; people: number; phone: string }[] } }>(await list(member.id));
    expect(mine.guestList.guests).toEqual([expect.objectContaining({ name: "Orxan Səfərov", people: 3, phone: "+994 50 123 45 67" })]);
    expect(statusOf(await list(intruder.member.id))).toBe(404);
  });
});
