import { describe, expect, it } from "vitest";
import { quoteDelivery, type ZoneRule } from "~/models/delivery/delivery-zones";
import { action as zonesAction, loader as zonesLoader } from "~/routes/dashboard/dashboard.delivery";
import { db } from "~/utils/db.server";
import { createProduct, createStay, stopDelivering } from "../support/factories";
import { checkoutForm, guestCartWith, openCheckout, submitCheckout } from "../support/checkout";
import { routeArgs, twoProducers } from "../support/dashboard-factories";
import { dataOf, getRequest, postRequest, settle, statusOf } from "../support/http";

const zone = (overrides: Partial<ZoneRule>): ZoneRule => ({
  id: "z",
  everywhere: false,
  districts: [],
  feeQ: 500,
  freeFromQ: null,
  minDays: 1,
  maxDays: 3,
  ...overrides,
});

function zoneForm(overrides: Record<string, string | string[]> = {}) {
  return { intent: "save", fee: "3", freeFrom: "", minDays: "1", maxDays: "2", ...overrides };
}

async function saveZone(cookie: string, form: Record<string, string | string[]>) {
  return settle(() => zonesAction(routeArgs(postRequest("/dashboard/delivery", form, { cookie }))));
}

type Errors = { reply: { error: Record<string, string[]> } };

describe("delivery quotes", () => {
  const zones = [
    zone({ id: "everywhere", everywhere: true, feeQ: 800, minDays: 2, maxDays: 5 }),
    zone({ id: "home", districts: ["Şəki", "Qax"], feeQ: 300, freeFromQ: 2000, minDays: 1, maxDays: 1 }),
  ];

  it("charges the zone naming the district, else the everywhere zone, free from the threshold on", () => {
    expect(quoteDelivery(zones, "Qax", 1999)).toEqual({ zoneId: "home", feeQ: 300, minDays: 1, maxDays: 1 });
    expect(quoteDelivery(zones, "Qax", 2000)).toEqual({ zoneId: "home", feeQ: 0, minDays: 1, maxDays: 1 });
    expect(quoteDelivery(zones, "Nəsimi", 50_000)).toEqual({ zoneId: "everywhere", feeQ: 800, minDays: 2, maxDays: 5 });
  });

  it("does not deliver where no zone reaches", () => {
    expect(quoteDelivery(zones.slice(1), "Nəsimi", 1000)).toBeNull();
    expect(quoteDelivery([], "Şəki", 1000)).toBeNull();
  });
});

describe("the producer's delivery zones", () => {
  it("saves whole regions as their districts, with the fee and threshold in qəpik", async () => {
    const { a } = await twoProducers();
    await stopDelivering(a.producer.id);
    const result = await saveZone(a.cookie, zoneForm({ regions: "seki-zaqatala", districts: "Nəsimi", fee: "2,50", freeFrom: "40" }));
    expect(statusOf(result)).toBe(302);
    const saved = await db.deliveryZone.findFirstOrThrow({ where: { producerId: a.producer.id }, include: { districts: true } });
    expect(saved).toMatchObject({ everywhere: false, feeQ: 250, freeFromQ: 4000, minDays: 1, maxDays: 2 });
    expect(saved.districts.map((d) => d.district).sort()).toEqual(["Balakən", "Nəsimi", "Oğuz", "Qax", "Qəbələ", "Zaqatala", "Şəki"].sort());
  });

  it("gives field errors for a zone without places, days in the wrong order and a bad fee, and writes nothing", async () => {
    const { a } = await twoProducers();
    const before = await db.deliveryZone.count({ where: { producerId: a.producer.id } });
    const result = await saveZone(a.cookie, zoneForm({ minDays: "5", maxDays: "2" }));
    expect(statusOf(result)).toBe(400);
    const errors = dataOf<Errors>(result).reply.error;
    expect(errors.districts).toEqual(["dashboard.delivery.choosePlaces"]);
    expect(errors.maxDays).toEqual(["dashboard.delivery.daysOrder"]);
    const fee = await saveZone(a.cookie, zoneForm({ districts: "Qax", fee: "-1", freeFrom: "abc" }));
    expect(dataOf<Errors>(fee).reply.error).toMatchObject({ fee: ["dashboard.error.priceNegative"], freeFrom: ["dashboard.error.priceFormat"] });
    const unknown = await saveZone(a.cookie, zoneForm({ districts: "Atlantis" }));
    expect(dataOf<Errors>(unknown).reply.error["districts[0]"]).toEqual(["address.districtUnknown"]);
    expect(await db.deliveryZone.count({ where: { producerId: a.producer.id } })).toBe(before);
  });

  it("keeps one zone per district and one 'all of Azerbaijan' zone", async () => {
    const { a } = await twoProducers();
    expect(statusOf(await saveZone(a.cookie, zoneForm({ districts: ["Şəki", "Qax"] })))).toBe(302);
    const overlap = await saveZone(a.cookie, zoneForm({ districts: ["Qax", "Oğuz"] }));
    expect(statusOf(overlap)).toBe(400);
    expect(dataOf<Errors>(overlap).reply.error.districts).toEqual(["dashboard.delivery.districtTaken"]);
    // The factory's producer already delivers everywhere.
    const second = await saveZone(a.cookie, zoneForm({ everywhere: "on" }));
    expect(dataOf<Errors>(second).reply.error.everywhere).toEqual(["dashboard.delivery.everywhereTaken"]);
    // Changing a zone may keep its own districts.
    const own = await db.deliveryZone.findFirstOrThrow({ where: { producerId: a.producer.id, everywhere: false } });
    expect(statusOf(await saveZone(a.cookie, zoneForm({ zoneId: own.id, districts: ["Qax", "Oğuz"], fee: "4" })))).toBe(302);
    expect(await db.deliveryZoneDistrict.findMany({ where: { zoneId: own.id }, orderBy: { district: "asc" }, select: { district: true } })).toEqual([
      { district: "Oğuz" },
      { district: "Qax" },
    ]);
  });

  it("never shows or changes another producer's zone: 404, and it stays as it was", async () => {
    const { a, b } = await twoProducers();
    const theirs = await db.deliveryZone.findFirstOrThrow({ where: { producerId: b.producer.id } });
    const read = await settle(() => zonesLoader(routeArgs(getRequest(`/dashboard/delivery?zone=${theirs.id}`, { cookie: a.cookie }))));
    expect(statusOf(read)).toBe(404);
    const mine = dataOf<{ zones: ZoneRule[] }>(await settle(() => zonesLoader(routeArgs(getRequest("/dashboard/delivery", { cookie: a.cookie })))));
    expect(mine.zones.map((z) => z.id)).not.toContain(theirs.id);
    expect(statusOf(await saveZone(a.cookie, zoneForm({ zoneId: theirs.id, everywhere: "on", fee: "99" })))).toBe(404);
    expect(statusOf(await saveZone(a.cookie, { intent: "delete", zoneId: theirs.id }))).toBe(404);
    expect(await db.deliveryZone.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
  });
});

describe("checkout with delivery zones", () => {
  async function regionalProducer() {
    const { a } = await twoProducers();
    await stopDelivering(a.producer.id);
    expect(statusOf(await saveZone(a.cookie, zoneForm({ regions: "seki-zaqatala", fee: "3", freeFrom: "20", minDays: "1", maxDays: "2" })))).toBe(302);
    return a.producer;
  }

  it("refuses delivery to an uncovered district and places nothing", async () => {
    const producer = await regionalProducer();
    const product = await createProduct(producer.id, { priceQ: 1000, stock: 5 });
    const cookie = await guestCartWith([{ productId: product.id, quantity: 1 }]);
    const form = { ...checkoutForm({ email: "far@example.az", district: "Nəsimi" }), [`fulfilment.${producer.id}`]: "DELIVERY" };
    const result = await submitCheckout(form, cookie, await openCheckout(cookie, "Nəsimi"));
    expect(statusOf(result)).toBe(409);
    expect(dataOf<{ error: Record<string, string[]>; item: string }>(result)).toMatchObject({ error: { "": ["checkout.notDelivered"] }, item: producer.name });
    expect(await db.checkoutGroup.count({ where: { email: "far@example.az" } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(5);
  });

  it("charges the zone's fee in the region, nothing from the threshold on, and never counts bookings towards it", async () => {
    const producer = await regionalProducer();
    const jam = await createProduct(producer.id, { priceQ: 1000, stock: 5 });
    const near = await guestCartWith([{ productId: jam.id, quantity: 1 }]);
    expect(statusOf(await submitCheckout(checkoutForm({ email: "near@example.az", district: "Qax" }), near, await openCheckout(near, "Qax")))).toBe(302);
    const paid = await db.order.findFirstOrThrow({ where: { group: { email: "near@example.az" } } });
    expect(paid).toMatchObject({ fulfilment: "DELIVERY", district: "Qax", subtotalQ: 1000, deliveryQ: 300, totalQ: 1300 });

    const two = await guestCartWith([{ productId: jam.id, quantity: 2 }]);
    expect(statusOf(await submitCheckout(checkoutForm({ email: "free@example.az", district: "Şəki" }), two, await openCheckout(two, "Şəki")))).toBe(302);
    expect(await db.order.findFirstOrThrow({ where: { group: { email: "free@example.az" } } })).toMatchObject({ deliveryQ: 0, totalQ: 2000 });

    // A stay worth more than the threshold does not make the jar travel free.
    const stay = await createStay(producer.id, { priceQ: 5000 });
    const day = (ahead: number) => new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10);
    const mixed = await guestCartWith([
      { productId: jam.id, quantity: 1 },
      { productId: stay.id, quantity: 1, checkIn: day(30), checkOut: day(31) },
    ]);
    const page = await openCheckout(mixed, "Oğuz");
    expect(page.fees).toEqual({ [`shownFee.${producer.id}`]: "300" });
    expect(statusOf(await submitCheckout(checkoutForm({ email: "mixed@example.az", district: "Oğuz" }), mixed, page))).toBe(302);
    const goods = await db.order.findFirstOrThrow({ where: { group: { email: "mixed@example.az" }, fulfilment: "DELIVERY" } });
    expect(goods).toMatchObject({ subtotalQ: 1000, deliveryQ: 300, totalQ: 1300 });
  });
});
