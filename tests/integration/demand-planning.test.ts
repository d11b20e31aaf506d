import { describe, expect, it } from "vitest";
import type { Plan } from "~/models/insights/forecast";
import { action as planningAction, loader as programmeLoader } from "~/routes/admin/admin.planning";
import { loader as planningLoader } from "~/routes/dashboard/dashboard.insights_.planning";
import { db } from "~/utils/db.server";
import { createRegion, createSector } from "../support/admin-factories";
import { createProduct, createUser } from "../support/factories";
import { dataOf, getRequest, postRequest, sessionCookieFor, settle, statusOf } from "../support/http";
import { createSale, demandEvents, routeArgs, twoProducers } from "../support/dashboard-factories";

type Months = { month: string; views: number; fromSearch: number; notifies: number; cartAdds: number; units: number; salesQ: number }[];
type ProducerPlanning = {
  months: string[];
  totals: Omit<Months[number], "month">;
  plan: Plan & { history: number[] };
  products: { productId: string; title: string; monthly: Months; totals: Omit<Months[number], "month">; plan: Plan & { history: number[] } }[];
};
type Unmet = {
  searches: { query: string; count: number; lastDay: string }[];
  waiting: { productId: string; kind: string; count: number; producerId: string }[];
};

const WEEK = 7 * 86_400_000;
const weeksAgo = (k: number) => new Date(Date.now() - k * WEEK);
/** A yearly pattern: weeks a season apart sell the same. */
const units = (k: number) => 1 + ((k % 52) % 3);

describe("a producer's demand planning", () => {
  it("shows twelve months of its own demand and sales per product, and a forecast with its back-test error", async () => {
    const { a, b } = await twoProducers();
    const honey = a.product;
    const young = await createProduct(a.producer.id);
    // 65 weeks of sales of the same yearly pattern, and 4 more units in the last week: an error of 4 in 13 weeks.
    for (let k = 1; k <= 65; k++) await createSale(a.producer.id, { productId: honey.id, quantity: units(k), unitPriceQ: 1000 }, { placedAt: weeksAgo(k) });
    await createSale(a.producer.id, { productId: honey.id, quantity: 4, unitPriceQ: 1000 }, { placedAt: weeksAgo(1) });
    await createSale(a.producer.id, { productId: honey.id, quantity: 50, unitPriceQ: 1000 }, { placedAt: weeksAgo(2), status: "CANCELLED" });
    await createSale(a.producer.id, { productId: young.id, quantity: 2, unitPriceQ: 500 }, { placedAt: weeksAgo(1) });
    const ids = { productId: honey.id, producerId: a.producer.id };
    await demandEvents("VIEW", 6, ids);
    await demandEvents("VIEW", 2, { ...ids, query: "bal" });
    await demandEvents("NOTIFY", 3, ids);
    await demandEvents("CART_ADD", 5, ids);
    // older than twelve months: not counted
    await demandEvents("VIEW", 9, { ...ids, createdAt: weeksAgo(60) });
    // B's demand and sales never show on A's page
    await demandEvents("VIEW", 40, { productId: b.product.id, producerId: b.producer.id });
    for (let k = 1; k <= 60; k++) await createSale(b.producer.id, { productId: b.product.id, quantity: 9, unitPriceQ: 9999 }, { placedAt: weeksAgo(k) });

    const planning = dataOf<ProducerPlanning>(await planningLoader(routeArgs(getRequest("/dashboard/insights/planning", { cookie: a.cookie }))));
    expect(planning.months).toHaveLength(12);
    expect(planning.products.map((p) => p.productId).sort()).toEqual([honey.id, young.id].sort());

    const row = planning.products.find((p) => p.productId === honey.id)!;
    expect(row.totals).toMatchObject({ views: 8, fromSearch: 2, notifies: 3, cartAdds: 5 });
    expect(row.monthly.reduce((s, m) => s + m.views, 0)).toBe(8);
    // the forecast repeats the weeks a season back: the coming week is like the one 52 weeks ago
    const expected = Array.from({ length: 13 }, (_, h) => units(52 - h));
    expect(row.plan.forecast).toEqual(expected);
    expect(row.plan.forecastTotal).toBe(expected.reduce((s, v) => s + v, 0));
    expect(row.plan.error).toMatchObject({ mae: 4 / 13, actualTotal: Array.from({ length: 13 }, (_, i) => units(i + 1)).reduce((s, v) => s + v, 0) + 4 });
    expect(row.plan.error!.mape).toBeCloseTo(4 / (units(1) + 4) / 13, 12);

    // a product sold for a week has no forecast and no error: not enough history
    const youngRow = planning.products.find((p) => p.productId === young.id)!;
    expect(youngRow.plan).toMatchObject({ forecast: null, forecastTotal: null, error: null });
    expect(youngRow.plan.history).toEqual([2]);

    // all products together, in money; B's sales are not in it
    expect(planning.plan.history.at(-1)).toBe((units(1) + 4) * 1000 + 2 * 500);
    expect(Math.max(...planning.plan.history)).toBeLessThan(9 * 9999);
  });

  it("is for producers only: a shopper is refused", async () => {
    const shopper = await createUser();
    const result = await settle(() => planningLoader(routeArgs(getRequest("/dashboard/insights/planning", { cookie: null }))));
    expect(statusOf(result)).toBe(302);
    const refused = await settle(async () =>
      planningLoader(routeArgs(getRequest("/dashboard/insights/planning", { cookie: await sessionCookieFor(shopper.id) }))),
    );
    expect(statusOf(refused)).toBe(403);
  });
});

describe("the programme's demand planning and unmet demand", () => {
  it("is for mentors and admins only", async () => {
    const { a } = await twoProducers();
    const shopper = await createUser();
    const centre = await createUser({ role: "CENTRE_STAFF" });
    for (const cookie of [a.cookie, await sessionCookieFor(shopper.id), await sessionCookieFor(centre.id)]) {
      expect(statusOf(await settle(() => programmeLoader(routeArgs(getRequest("/admin/planning", { cookie })))))).toBe(403);
      const posted = await settle(() =>
        planningAction(routeArgs(postRequest("/admin/planning", { producerId: a.producer.id, title: "x", dueDate: "2099-01-01" }, { cookie }))),
      );
      expect(statusOf(posted)).toBe(403);
    }
    expect(await db.mentorTask.count({ where: { producerId: a.producer.id } })).toBe(0);
  });

  it("lists searches that found nothing and notify-me requests still waiting, by region, and turns a row into a task", async () => {
    const mentor = await createUser({ role: "MENTOR" });
    const cookie = await sessionCookieFor(mentor.id);
    const { a, b } = await twoProducers();
    const north = await createRegion(`north-plan-${Date.now()}`, "North");
    const sector = await createSector(`sector-plan-${Date.now()}`, "Sector");
    await db.producer.update({ where: { id: a.producer.id }, data: { regionId: north.id, sectors: { create: { sectorId: sector.id } } } });
    const query = `zəfəran ${Date.now()}`;
    await db.demandEvent.createMany({
      data: [...Array.from({ length: 3 }, () => ({ type: "SEARCH" as const, query, resultCount: 0 })), { type: "SEARCH" as const, query, resultCount: 4 }],
    });
    const shoppers = await Promise.all([createUser(), createUser(), createUser()]);
    await db.stockAlert.createMany({
      data: [
        ...shoppers.map((s) => ({ userId: s.id, productId: a.product.id, kind: "STOCK" as const })),
        // told already: no longer waiting
        { userId: shoppers[0].id, productId: b.product.id, kind: "STOCK" as const, notifiedAt: new Date() },
      ],
    });

    const all = dataOf<{ unmet: Unmet }>(await programmeLoader(routeArgs(getRequest("/admin/planning", { cookie }))));
    expect(all.unmet.searches.find((s) => s.query === query)).toMatchObject({ count: 3 });
    expect(all.unmet.waiting.find((w) => w.productId === a.product.id)).toMatchObject({ count: 3, kind: "STOCK", producerId: a.producer.id });
    expect(all.unmet.waiting.some((w) => w.productId === b.product.id)).toBe(false);

    const filtered = dataOf<{ unmet: Unmet; producers: { id: string }[] }>(
      await programmeLoader(routeArgs(getRequest(`/admin/planning?region=${north.slug}&sector=${sector.slug}`, { cookie }))),
    );
    expect(filtered.unmet.waiting.map((w) => w.productId)).toEqual([a.product.id]);
    expect(filtered.producers.map((p) => p.id)).toEqual([a.producer.id]);

    // a bad form is answered beside its row, and nothing is written
    const bad = await settle(() =>
      planningAction(routeArgs(postRequest("/admin/planning", { row: "w0", producerId: a.producer.id, title: "", dueDate: "2000-01-01" }, { cookie }))),
    );
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<{ row: string; errors: Record<string, string[]> }>(bad)).toMatchObject({ row: "w0", errors: { title: ["form.required"] } });
    expect(await db.mentorTask.count({ where: { producerId: a.producer.id } })).toBe(0);

    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const done = await settle(() =>
      planningAction(
        routeArgs(
          postRequest(`/admin/planning?region=${north.slug}`, { row: "w0", producerId: a.producer.id, title: "3 alıcı gözləyir", dueDate: due }, { cookie }),
        ),
      ),
    );
    expect(statusOf(done)).toBe(302);
    expect((done as Response).headers.get("Location")).toBe(`/admin/planning?done=taskAdded&region=${north.slug}`);
    const task = await db.mentorTask.findFirstOrThrow({ where: { producerId: a.producer.id } });
    expect(task).toMatchObject({ title: "3 alıcı gözləyir", authorId: mentor.id });
  });
});
