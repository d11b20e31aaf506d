import { describe, expect, it } from "vitest";
import { parseCatalogFilters } from "~/models/catalog/catalog-filters";
import { findProducts } from "~/models/catalog/products.server";
import { addDays } from "~/models/bookings/stay-dates";
import { bakuInstant, bakuToday } from "~/utils/baku-time";
import { db } from "~/utils/db.server";
import { createProducer, createProduct, createStay } from "../support/factories";

const search = async (query: string) => {
  const page = await findProducts(parseCatalogFilters(new URLSearchParams(query)), "en");
  return page.items.map((item) => item.slug);
};

/** A honey jar, two rooms and a workshop, with the nights and places of a week ahead known. */
async function weekAhead() {
  const producer = await createProducer();
  const honey = await createProduct(producer.id, { stock: 5 });
  const double = await createStay(producer.id, { maxGuests: 2 });
  const family = await createStay(producer.id, { maxGuests: 4, minNights: 2 });
  const workshop = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0 });
  const day = addDays(bakuToday(), 7);
  // The double is taken on the night of day+1; the workshop has 3 places left on `day`, none on day+2.
  await db.stayNight.create({ data: { productId: double.id, night: addDays(day, 1) } });
  await db.slot.create({ data: { productId: workshop.id, startsAt: bakuInstant(day, 10), capacity: 8, seatsTaken: 5 } });
  await db.slot.create({ data: { productId: workshop.id, startsAt: bakuInstant(addDays(day, 2), 10), capacity: 6, seatsTaken: 6 } });
  return { honey, double, family, workshop, day };
}

describe("catalogue filters for kind, date, people and nights", () => {
  it("filters by kind alone", async () => {
    const { honey, double, family, workshop } = await weekAhead();
    expect(await search("kind=STAY")).toEqual(expect.arrayContaining([double.slug, family.slug]));
    expect(await search("kind=STAY")).not.toContain(honey.slug);
    expect(await search("kind=STAY")).not.toContain(workshop.slug);
    expect(await search("kind=GOOD")).toContain(honey.slug);
    expect(await search("kind=GOOD")).not.toContain(double.slug);
  });

  it("a date shows experiences with enough places that day and stays free for every night of the range", async () => {
    const { honey, double, family, workshop, day } = await weekAhead();
    // One night from `day`: both rooms are free that night; the workshop has places; no goods.
    const oneNight = await search(`date=${day}&people=2`);
    expect(oneNight).toEqual(expect.arrayContaining([double.slug, workshop.slug]));
    expect(oneNight).not.toContain(honey.slug);
    // The family room's shortest stay (2 nights from `day`) is free too.
    expect(oneNight).toContain(family.slug);

    // Two nights cross the double's taken night; the family room is free for both.
    const twoNights = await search(`date=${day}&nights=2&people=2`);
    expect(twoNights).toContain(family.slug);
    expect(twoNights).not.toContain(double.slug);
    // Nights ask for a stay: experiences drop out.
    expect(twoNights).not.toContain(workshop.slug);

    // Three people: the double does not sleep them, the workshop has exactly 3 places left.
    const three = await search(`date=${day}&people=3`);
    expect(three).toEqual(expect.arrayContaining([family.slug, workshop.slug]));
    expect(three).not.toContain(double.slug);
    // Four people: no places left on the workshop's date.
    expect(await search(`date=${day}&people=4`)).not.toContain(workshop.slug);

    // Two days on, the workshop is full.
    expect(await search(`date=${addDays(day, 2)}&kind=EXPERIENCE`)).not.toContain(workshop.slug);
    // A shortest stay of two nights is longer than one night asked for.
    expect(await search(`date=${addDays(day, 3)}&nights=1`)).not.toContain(family.slug);
    expect(await search(`date=${addDays(day, 3)}&nights=1`)).toContain(double.slug);
  });

  it("people without a date: any upcoming date with enough places, or a room that sleeps them", async () => {
    const { honey, double, family, workshop } = await weekAhead();
    const three = await search("people=3");
    expect(three).toEqual(expect.arrayContaining([family.slug, workshop.slug]));
    expect(three).not.toContain(double.slug);
    expect(three).not.toContain(honey.slug);
    expect(await search("people=9")).not.toContain(workshop.slug);
  });

  it("ignores what it cannot read and shows no stay for a past date", async () => {
    const { double } = await weekAhead();
    expect(parseCatalogFilters(new URLSearchParams("date=2026-02-30&people=0&nights=999&kind=BOAT"))).toMatchObject({
      date: undefined,
      people: undefined,
      nights: undefined,
      kind: undefined,
    });
    expect(await search(`date=${addDays(bakuToday(), -3)}`)).not.toContain(double.slug);
  });
});
