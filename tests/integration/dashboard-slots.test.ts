import { describe, expect, it } from "vitest";
import { action as slotsAction, loader as slotsLoader } from "~/routes/dashboard/dashboard.products.$id_.slots";
import { weeklyDates } from "~/models/listings/slots.server";
import { db } from "~/utils/db.server";
import { BAKU_OFFSET_MS } from "~/utils/baku-time";
import { dataOf, getRequest, postRequest, settle, statusOf } from "../support/http";
import { createExperience, producerSnapshot, routeArgs, twoProducers } from "../support/dashboard-factories";

type Reply = { reply?: { error?: Record<string, string[] | null> }; error?: string; ok?: boolean };

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function setup() {
  const { a, b } = await twoProducers();
  const experienceA = await createExperience(a.producer.id);
  const experienceB = await createExperience(b.producer.id);
  const post = (productId: string, body: Record<string, string>, cookie = a.cookie) =>
    settle(() => slotsAction(routeArgs(postRequest(`/dashboard/products/${productId}/slots`, body, { cookie }), { id: productId })));
  return { a, b, experienceA, experienceB, post };
}

describe("tour slots", () => {
  it("adds a slot in Baku time and lists it", async () => {
    const { experienceA, post, a } = await setup();
    const date = day(10);
    const result = await post(experienceA.id, { intent: "add", date, time: "10:30", capacity: "8" });
    expect(statusOf(result)).toBe(200);
    const slot = await db.slot.findFirstOrThrow({ where: { productId: experienceA.id } });
    expect(slot.startsAt.toISOString()).toBe(`${date}T06:30:00.000Z`);
    expect(slot.capacity).toBe(8);
    const loaded = dataOf<{ upcoming: { id: string }[] }>(
      await slotsLoader(routeArgs(getRequest(`/dashboard/products/${experienceA.id}/slots`, { cookie: a.cookie }), { id: experienceA.id })),
    );
    expect(loaded.upcoming.map((s) => s.id)).toEqual([slot.id]);
  });

  it("refuses a slot in the past with a message and writes nothing", async () => {
    const { experienceA, post } = await setup();
    const result = await post(experienceA.id, { intent: "add", date: day(-1), time: "10:00", capacity: "8" });
    expect(statusOf(result)).toBe(400);
    expect(dataOf<Reply>(result).reply?.error?.date).toEqual(["dashboard.slots.inPast"]);
    const weekly = await post(experienceA.id, { intent: "weekly", weekday: "1", time: "10:00", fromDate: day(-30), weeks: "2", capacity: "5" });
    expect(statusOf(weekly)).toBe(400);
    expect(dataOf<Reply>(weekly).reply?.error?.fromDate).toEqual(["dashboard.slots.inPast"]);
    expect(await db.slot.count({ where: { productId: experienceA.id } })).toBe(0);
  });

  it("refuses zero or negative capacity", async () => {
    const { experienceA, post } = await setup();
    const result = await post(experienceA.id, { intent: "add", date: day(5), time: "10:00", capacity: "-3" });
    expect(statusOf(result)).toBe(400);
    expect(dataOf<Reply>(result).reply?.error?.capacity).toEqual(["dashboard.slots.capacityMin"]);
  });

  it("bulk-adds weekly slots on the chosen weekday, skipping existing ones", async () => {
    const { experienceA, post } = await setup();
    const fromDate = day(3);
    const first = await post(experienceA.id, { intent: "weekly", weekday: "6", time: "09:00", fromDate, weeks: "4", capacity: "6" });
    expect(statusOf(first)).toBe(200);
    const slots = await db.slot.findMany({ where: { productId: experienceA.id }, orderBy: { startsAt: "asc" } });
    expect(slots).toHaveLength(4);
    for (const slot of slots) {
      const baku = new Date(slot.startsAt.getTime() + BAKU_OFFSET_MS);
      expect(baku.getUTCDay()).toBe(6);
      expect(baku.getUTCHours()).toBe(9);
    }
    expect(slots[1].startsAt.getTime() - slots[0].startsAt.getTime()).toBe(7 * 86_400_000);
    await post(experienceA.id, { intent: "weekly", weekday: "6", time: "09:00", fromDate, weeks: "5", capacity: "6" });
    expect(await db.slot.count({ where: { productId: experienceA.id } })).toBe(5);
  });

  it("computes weekly dates from the first matching weekday", () => {
    // 2030-01-01 is a Tuesday; the first Monday on or after it is 2030-01-07.
    const dates = weeklyDates({ weekday: 1, fromDate: "2030-01-01", weeks: 2, time: "12:00" });
    expect(dates.map((d) => d.toISOString())).toEqual(["2030-01-07T08:00:00.000Z", "2030-01-14T08:00:00.000Z"]);
  });

  it("never lowers capacity below seats already booked, and closes a slot", async () => {
    const { experienceA, post } = await setup();
    const slot = await db.slot.create({ data: { productId: experienceA.id, startsAt: new Date(Date.now() + 5 * 86_400_000), capacity: 10, seatsTaken: 6 } });
    const below = await post(experienceA.id, { intent: "capacity", slotId: slot.id, capacity: "5" });
    expect(statusOf(below)).toBe(400);
    expect(dataOf<Reply>(below).error).toBe("dashboard.slots.belowBooked");
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).capacity).toBe(10);
    expect(statusOf(await post(experienceA.id, { intent: "capacity", slotId: slot.id, capacity: "6" }))).toBe(200);
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).capacity).toBe(6);
    await post(experienceA.id, { intent: "close", slotId: slot.id });
    expect((await db.slot.findUniqueOrThrow({ where: { id: slot.id } })).closed).toBe(true);
  });

  it("gives 404 for another producer's experience or slot, and changes nothing", async () => {
    const { experienceA, experienceB, post, a, b } = await setup();
    const slotB = await db.slot.create({ data: { productId: experienceB.id, startsAt: new Date(Date.now() + 5 * 86_400_000), capacity: 10 } });
    const before = await producerSnapshot(b.producer.id);
    expect(
      statusOf(
        await settle(() => slotsLoader(routeArgs(getRequest(`/dashboard/products/${experienceB.id}/slots`, { cookie: a.cookie }), { id: experienceB.id }))),
      ),
    ).toBe(404);
    for (const body of <Record<string, string>[]>[
      { intent: "add", date: day(5), time: "10:00", capacity: "3" },
      { intent: "weekly", weekday: "2", time: "10:00", fromDate: day(5), weeks: "2", capacity: "3" },
      { intent: "capacity", slotId: slotB.id, capacity: "3" },
      { intent: "close", slotId: slotB.id },
      { intent: "reopen", slotId: slotB.id },
    ]) {
      expect(statusOf(await post(experienceB.id, body)), body.intent).toBe(404);
    }
    // B's slot through A's own experience id is not found either.
    for (const intent of ["capacity", "close"]) {
      expect(statusOf(await post(experienceA.id, { intent, slotId: slotB.id, capacity: "3" }))).toBe(404);
    }
    expect(await producerSnapshot(b.producer.id)).toBe(before);
  });
});
