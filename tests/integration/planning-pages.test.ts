import { describe, expect, it } from "vitest";
import { loader as productLoader } from "~/routes/products.$slug";
import { addDays } from "~/models/bookings/stay-dates";
import { bakuInstant, bakuToday } from "~/utils/baku-time";
import { db } from "~/utils/db.server";
import { createProducer, createProduct, createStay } from "../support/factories";
import { getRequest, loadContext } from "../support/http";
import { structuredDataOf } from "../support/structured-data";

const page = async (slug: string, search = "") => productLoader({ request: getRequest(`/products/${slug}${search}`), params: { slug }, context: loadContext });

async function experienceWithSessions(perDay: number[]) {
  const producer = await createProducer();
  const tour = await createProduct(producer.id, { kind: "EXPERIENCE", unit: "person", stock: 0, priceQ: 3500 });
  await db.product.update({ where: { id: tour.id }, data: { meetingPoint: "Şəki, Yuxarı Baş", durationMin: 150, maxGuests: 8 } });
  const start = addDays(bakuToday(), 2);
  const hours = [10, 15, 18];
  await db.slot.createMany({
    data: perDay.flatMap((count, day) =>
      hours.slice(0, count).map((hour) => ({ productId: tour.id, startsAt: bakuInstant(addDays(start, day), hour), capacity: 8 })),
    ),
  });
  return { tour, start };
}

describe("an experience's dates beyond what one page shows", () => {
  it("shows whole days up to the limit and links to the later ones, which a second page lists", async () => {
    // 1 session on the first day, then 2 a day for 22 days: 45 in all; the 40th and 41st share a day.
    const { tour, start } = await experienceWithSessions([1, ...Array<number>(22).fill(2)]);
    const first = await page(tour.slug);
    expect(first.product.slots).toHaveLength(39);
    expect(first.product.moreSessionsFrom).toBe(addDays(start, 20));
    expect(first.product.sessionsFrom).toBeNull();

    const later = await page(tour.slug, `?from=${addDays(start, 20)}`);
    expect(later.product.slots).toHaveLength(6);
    expect(later.product.slots[0].startsAt).toBe(bakuInstant(addDays(start, 20), 10).toISOString());
    expect(later.product.moreSessionsFrom).toBeNull();
    expect(later.product.sessionsFrom).toBe(addDays(start, 20));
    // Every session is on one of the two pages, none twice.
    const all = [...first.product.slots, ...later.product.slots].map((s) => s.id);
    expect(new Set(all).size).toBe(45);
  });

  it("ignores a past or unreadable `from`", async () => {
    const { tour } = await experienceWithSessions([2, 2]);
    for (const from of ["2020-01-01", "tomorrow", ""]) {
      const data = await page(tour.slug, `?from=${from}`);
      expect(data.product.slots).toHaveLength(4);
      expect(data.product.sessionsFrom).toBeNull();
    }
  });
});

describe("structured data per kind", () => {
  it("an experience is a TouristTrip with an Event per session, each with an AZN offer", async () => {
    const { tour } = await experienceWithSessions([1, 1]);
    const data = structuredDataOf(await page(tour.slug)) as { "@graph": Record<string, unknown>[] };
    const [trip, ...events] = data["@graph"];
    expect(trip).toMatchObject({ "@type": "TouristTrip", offers: { "@type": "Offer", price: "35.00", priceCurrency: "AZN" } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      "@type": "Event",
      location: { "@type": "Place", address: "Şəki, Yuxarı Baş" },
      offers: { "@type": "Offer", priceCurrency: "AZN", availability: "https://schema.org/InStock" },
    });
    // Start and end from the duration.
    expect(new Date(events[0].endDate as string).getTime() - new Date(events[0].startDate as string).getTime()).toBe(150 * 60_000);
  });

  it("a stay is a LodgingBusiness with the Accommodation and an Offer per night", async () => {
    const producer = await createProducer();
    const room = await createStay(producer.id, { priceQ: 6000, maxGuests: 3 });
    const data = structuredDataOf(await page(room.slug));
    expect(data).toMatchObject({
      "@type": "LodgingBusiness",
      address: "Lahıc kəndi, Hüseyn Cavid küçəsi 12",
      containsPlace: { "@type": "Accommodation", occupancy: { maxValue: 3 } },
      makesOffer: {
        "@type": "Offer",
        priceCurrency: "AZN",
        itemOffered: { "@type": "Accommodation" },
        priceSpecification: { "@type": "UnitPriceSpecification", price: "60.00", unitText: "night" },
      },
    });
  });
});
