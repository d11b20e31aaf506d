import { beforeAll, describe, expect, it } from "vitest";
import { parseReportFilters } from "~/models/insights/report-filters";
import { loader as csvLoader } from "~/routes/admin/admin.reports.$table[.]csv";
import { loader as reportsLoader } from "~/routes/admin/admin.reports";
import { db } from "~/utils/db.server";
import { createCategory, createDemandEvent, createOrder, createProducerIn, createProductIn, createRegion, createSector } from "../support/admin-factories";
import { createProducerWithMember, createUser } from "../support/factories";
import { dataOf, getRequest, loadContext, responseOf, sessionCookieFor, settle, statusOf } from "../support/http";

type Row = Record<string, string | number>;
type Report = {
  summary: { rows: Row[] };
  monthly: { rows: Row[] };
  regions: { rows: Row[] };
  sectors: { rows: Row[] };
  searches: { rows: Row[] };
  notifyRegions: { rows: Row[] };
  notifyProducts: { rows: Row[] };
};

let mentorCookie = "";
const PERIOD = "from=2025-03&to=2025-05";
const report = async (query: string) =>
  dataOf<{ report: Report }>(
    await settle(() => reportsLoader({ request: getRequest(`/admin/reports?${query}&lang=en`, { cookie: mentorCookie }), params: {}, context: loadContext })),
  ).report;
const csv = (table: string, query: string, cookie = mentorCookie) =>
  settle(() => csvLoader({ request: getRequest(`/admin/reports/${table}.csv?${query}&lang=en`, { cookie }), params: { table }, context: loadContext }));

beforeAll(async () => {
  mentorCookie = await sessionCookieFor((await createUser({ role: "MENTOR" })).id);
  const north = await createRegion("north-test", "North");
  const south = await createRegion("south-test", "South");
  const food = await createSector("food-test", "Food");
  const craft = await createSector("craft-test", "Craft");
  const jam = await createCategory(food.id, "jam-test");
  const rugs = await createCategory(craft.id, "rugs-test");
  const p1 = await createProducerIn(north.id, food.id, { approvedAt: new Date("2025-03-10T08:00:00Z") });
  const p2 = await createProducerIn(south.id, craft.id, { approvedAt: new Date("2025-04-05T08:00:00Z") });
  const p3 = await createProducerIn(north.id, food.id, { approvedAt: new Date("2024-12-01T08:00:00Z") });
  await createProducerIn(south.id, craft.id, { status: "SUSPENDED", approvedAt: new Date("2025-05-02T08:00:00Z") });
  const jamProduct = await createProductIn(p1.id, jam.id, { priceQ: 1000, titleEn: "Cornel jam" });
  const rug = await createProductIn(p2.id, rugs.id, { priceQ: 2500, titleEn: "Small rug" });
  const other = await createProductIn(p3.id, jam.id, { priceQ: 800 });
  const shopper = await createUser();

  await createOrder({
    producerId: p1.id,
    userId: shopper.id,
    lines: [{ productId: jamProduct.id, priceQ: 1000, quantity: 2 }],
    deliveryQ: 300,
    commissionQ: 100,
    placedAt: new Date("2025-03-15T10:00:00Z"),
  });
  await createOrder({
    producerId: p2.id,
    email: "Guest@X.az",
    lines: [{ productId: rug.id, priceQ: 2500, quantity: 1 }],
    commissionQ: 125,
    placedAt: new Date("2025-04-20T10:00:00Z"),
  });
  await createOrder({
    producerId: p1.id,
    userId: shopper.id,
    lines: [{ productId: jamProduct.id, priceQ: 1000, quantity: 1 }],
    commissionQ: 50,
    placedAt: new Date("2025-04-21T10:00:00Z"),
  });
  await createOrder({
    producerId: p3.id,
    lines: [{ productId: other.id, priceQ: 800, quantity: 1 }],
    status: "CANCELLED",
    placedAt: new Date("2025-05-02T10:00:00Z"),
  });
  // 01:30 on 1 June in Baku: outside the period although still 31 May in UTC.
  await createOrder({
    producerId: p2.id,
    email: "late@x.az",
    lines: [{ productId: rug.id, priceQ: 2500, quantity: 1 }],
    placedAt: new Date("2025-05-31T21:30:00Z"),
  });
  // 01:00 on 1 March in Baku: inside the period although still 28 February in UTC.
  await createOrder({
    producerId: p2.id,
    email: "guest@x.az",
    lines: [{ productId: rug.id, priceQ: 2500, quantity: 2 }],
    placedAt: new Date("2025-02-28T21:00:00Z"),
  });

  const april = new Date("2025-04-10T10:00:00Z");
  for (const query of ["truffle", "truffle", "truffle", "Truffle "]) await createDemandEvent({ type: "SEARCH", query, resultCount: 0, createdAt: april });
  for (const query of ["saffron oil", "saffron oil", "=HYPERLINK(1)"]) await createDemandEvent({ type: "SEARCH", query, resultCount: 0, createdAt: april });
  for (let i = 0; i < 5; i++) await createDemandEvent({ type: "SEARCH", query: "later", resultCount: 0, createdAt: new Date("2025-07-01T10:00:00Z") });
  for (let i = 0; i < 10; i++) await createDemandEvent({ type: "SEARCH", query: "honey", resultCount: 5, createdAt: april });
  for (let i = 0; i < 3; i++) await createDemandEvent({ type: "NOTIFY", productId: jamProduct.id, producerId: p1.id, createdAt: april });
  await createDemandEvent({ type: "NOTIFY", productId: rug.id, producerId: p2.id, createdAt: april });
  for (let i = 0; i < 4; i++) await createDemandEvent({ type: "NOTIFY", productId: rug.id, producerId: p2.id, createdAt: new Date("2024-01-01T10:00:00Z") });
});

describe("programme report", () => {
  it("sums the period: sales without cancelled orders, revenue after commission, producers and repeat shoppers", async () => {
    const { summary } = await report(PERIOD);
    expect(summary.rows[0]).toEqual({
      salesQ: 2300 + 2500 + 1000 + 5000,
      orders: 4,
      familiesQ: 10800 - (100 + 125 + 50),
      activeProducers: await db.producer.count({ where: { status: "ACTIVE" } }),
      newProducers: 3,
      shoppers: 2,
      repeatShoppers: 2,
    });
  });

  it("splits by month in Baku time, every month present", async () => {
    const { monthly } = await report(PERIOD);
    expect(monthly.rows).toEqual([
      { month: "2025-03", salesQ: 7300, orders: 2, familiesQ: 7200, sellingProducers: 2, newProducers: 1, repeatShoppers: 0 },
      { month: "2025-04", salesQ: 3500, orders: 2, familiesQ: 3325, sellingProducers: 2, newProducers: 1, repeatShoppers: 2 },
      { month: "2025-05", salesQ: 0, orders: 0, familiesQ: 0, sellingProducers: 0, newProducers: 1, repeatShoppers: 0 },
    ]);
  });

  it("splits by region and by sector", async () => {
    const { regions, sectors } = await report(PERIOD);
    const byName = (rows: Row[], key: string) => Object.fromEntries(rows.map((r) => [r[key], r]));
    expect(byName(regions.rows, "region").North).toEqual({ region: "North", salesQ: 3300, orders: 2, familiesQ: 3150, activeProducers: 2, newProducers: 1 });
    expect(byName(regions.rows, "region").South).toEqual({ region: "South", salesQ: 7500, orders: 2, familiesQ: 7375, activeProducers: 1, newProducers: 2 });
    expect(regions.rows[0].region).toBe("South"); // highest sales first
    expect(byName(sectors.rows, "sector").Food).toEqual({ sector: "Food", salesQ: 3000, orders: 2, familiesQ: 2850, activeProducers: 2, newProducers: 1 });
    expect(byName(sectors.rows, "sector").Craft).toEqual({ sector: "Craft", salesQ: 7500, orders: 2, familiesQ: 7375, activeProducers: 1, newProducers: 2 });
  });

  it("filters by region and sector", async () => {
    expect((await report(`${PERIOD}&region=north-test`)).summary.rows[0]).toMatchObject({ salesQ: 3300, orders: 2, activeProducers: 2, newProducers: 1 });
    expect((await report(`${PERIOD}&sector=craft-test`)).summary.rows[0]).toMatchObject({ salesQ: 7500, orders: 2, shoppers: 1, repeatShoppers: 1 });
    const north = await report(`${PERIOD}&region=north-test`);
    expect(north.regions.rows.map((r) => r.region)).toEqual(["North"]);
    expect(north.notifyRegions.rows).toEqual([{ region: "North", requests: 3, products: 1 }]);
  });

  it("lists unmet demand: zero-result searches (normalised) and notify-me requests by region", async () => {
    const { searches, notifyRegions, notifyProducts } = await report(PERIOD);
    expect(searches.rows.map((r) => [r.query, r.searches])).toEqual([
      ["truffle", 4],
      ["saffron oil", 2],
      ["=hyperlink(1)", 1],
    ]);
    expect(notifyRegions.rows).toEqual([
      { region: "North", requests: 3, products: 1 },
      { region: "South", requests: 1, products: 1 },
    ]);
    expect(notifyProducts.rows[0]).toMatchObject({ product: "Cornel jam", region: "North", requests: 3 });
  });

  it("keeps a long range within 36 months and never fails on a bad query string", () => {
    const now = new Date("2026-06-15T00:00:00Z");
    expect(parseReportFilters(new URLSearchParams("from=2001-01&to=2026-06"), now)).toMatchObject({ from: "2023-07", to: "2026-06" });
    expect(parseReportFilters(new URLSearchParams("from=2026-13&to=nope&region=%27"), now)).toEqual({
      from: "2025-07",
      to: "2026-06",
      region: undefined,
      sector: undefined,
    });
    expect(parseReportFilters(new URLSearchParams("from=2026-05&to=2026-01"), now)).toMatchObject({ from: "2026-01", to: "2026-05" });
  });
});

describe("months outside the programme's calendar", () => {
  it.each(["from=0000-01", "to=9999-12", "from=0000-01&to=0000-01", "from=1999-12&to=2025-01", "from=2025-01&to=2100-01"])(
    "answers 400 with a message to %s, on the page and the CSV",
    async (query) => {
      const page = await settle(() =>
        reportsLoader({ request: getRequest(`/admin/reports?${query}`, { cookie: mentorCookie }), params: {}, context: loadContext }),
      );
      expect(statusOf(page)).toBe(400);
      expect(dataOf<{ message: string }>(page).message).toBe("admin.reports.outOfRange");
      const file = await csv("monthly", query);
      expect(statusOf(file)).toBe(400);
      expect(dataOf<{ message: string }>(file).message).toBe("admin.reports.outOfRange");
    },
  );
});

describe("CSV export", () => {
  it("exports each table with translated headings, AZN amounts and no spreadsheet formulas", async () => {
    const monthly = await csv("monthly", PERIOD);
    expect(statusOf(monthly)).toBe(200);
    const response = responseOf(monthly);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain("abad-monthly-2025-03-2025-05.csv");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Month,Sales (AZN),Orders,Revenue reaching families (AZN),Producers with orders,New producers,Repeat shoppers");
    expect(lines[1]).toBe("2025-03,73.00,2,72.00,2,1,0");
    expect(lines).toHaveLength(4);

    const searches = await responseOf(await csv("searches", PERIOD)).text();
    expect(searches).toContain("'=hyperlink(1)");
    expect(searches).not.toMatch(/(^|,)=hyperlink/m);

    for (const table of ["summary", "regions", "sectors", "notify-regions", "notify-products"]) {
      expect(statusOf(await csv(table, PERIOD))).toBe(200);
    }
    expect(statusOf(await csv("users", PERIOD))).toBe(404);
  });

  it("is closed to producers, shoppers and visitors", async () => {
    const { member } = await createProducerWithMember();
    expect(statusOf(await csv("monthly", PERIOD, await sessionCookieFor(member.id)))).toBe(403);
    expect(statusOf(await csv("monthly", PERIOD, await sessionCookieFor((await createUser()).id)))).toBe(403);
    expect(statusOf(await csv("monthly", PERIOD, ""))).toBe(302);
  });
});
