import { HORIZON_WEEKS, planFromHistory, SEASON_WEEKS, weekOf, weeklySeries, weekStart, type Plan } from "~/models/insights/forecast";
import { addMonths, monthsBetween } from "~/models/insights/report-filters";
import { SALE_DATE_SQL, SOLD_ORDER_SQL } from "~/models/insights/sales.server";
import { bakuAt, bakuDay, bakuMonth } from "~/utils/baku-time";
import { db, Prisma, NAMES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { sql } from "~/utils/sql.server";

/** Months shown: this one and the eleven before it. */
const MONTHS = 12;
/** Weeks of sales read for the forecast: two seasons, enough for the forecast and its back-test. */
const HISTORY_WEEKS = 2 * SEASON_WEEKS;

export type MonthFigures = { month: string; views: number; fromSearch: number; notifies: number; cartAdds: number; units: number; salesQ: number };

export type WeeklyPlan = Plan & {
  /** the weeks of history the forecast used (the last complete week last), and the weeks forecast */
  history: number[];
  firstForecastWeek: string;
};

const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
/** Dates are stored as ISO text with "+00:00"; bounds in the same form compare correctly as text. */
const stored = (date: Date) => date.toISOString().replace("Z", "+00:00");

function emptyMonths(months: string[]): Map<string, MonthFigures> {
  return new Map(months.map((month) => [month, { month, views: 0, fromSearch: 0, notifies: 0, cartAdds: 0, units: 0, salesQ: 0 }]));
}

/** The calendar the planning page covers, from `now`: twelve months, and the weeks before this one. */
function calendar(now: Date) {
  const thisMonth = bakuMonth(now);
  const months = monthsBetween(addMonths(thisMonth, -(MONTHS - 1)), thisMonth);
  const thisWeek = weekOf(bakuDay(now));
  const lastWeek = thisWeek - 1;
  const firstWeek = lastWeek - HISTORY_WEEKS + 1;
  return {
    months,
    monthsFrom: stored(bakuAt(`${months[0]}-01`)),
    thisWeek,
    lastWeek,
    firstWeek,
    weeksFrom: stored(bakuAt(weekStart(firstWeek))),
    weeksTo: stored(bakuAt(weekStart(thisWeek))),
  };
}

/**
 * The forecast of a weekly series whose history starts no earlier than `since` (a product or a
 * producer that is younger than two years has fewer weeks, and weeks before it existed are not zeros).
 */
function weeklyPlan(days: { day: string; amount: number }[], since: Date, cal: ReturnType<typeof calendar>): WeeklyPlan {
  const first = Math.max(cal.firstWeek, weekOf(bakuDay(since)));
  const history = weeklySeries(days, first, cal.lastWeek);
  return { ...planFromHistory(history), history, firstForecastWeek: weekStart(cal.thisWeek) };
}

/** The earliest of a start date and the first day anything sold. */
function historyStart(created: Date, days: { day: string }[]) {
  const firstSale = days.reduce<string | null>((min, d) => (min === null || d.day < min ? d.day : min), null);
  return firstSale && bakuAt(firstSale) < created ? bakuAt(firstSale) : created;
}

/**
 * A producer's demand planning: for each product (and all together) the last twelve months of
 * views, views that came from a search on the site, notify-me requests, cart adds and sales, and a
 * forecast of the next 13 weeks of units sold with its back-test error. Only this producer's rows.
 */
export async function producerPlanning(producerId: string, locale: Locale, now = new Date()) {
  const cal = calendar(now);
  const [producer, products, events, sales] = await Promise.all([
    db.producer.findUnique({ where: { id: producerId }, select: { createdAt: true } }),
    db.product.findMany({
      where: { producerId, status: { not: "ARCHIVED" } },
      orderBy: { createdAt: "asc" },
      select: { id: true, titleAz: true, titleEn: true, titleRu: true, unit: true, createdAt: true },
    }),
    db.$queryRaw<{ productId: string; type: string; month: string; n: unknown; searched: unknown }[]>`
      SELECT e."productId" AS "productId", e."type" AS type, ${sql.bakuMonth(Prisma.sql`e."createdAt"`)} AS month,
        COUNT(*) AS n, SUM(CASE WHEN e."query" IS NOT NULL THEN 1 ELSE 0 END) AS searched
      FROM "DemandEvent" e
      WHERE e."producerId" = ${producerId} AND e."productId" IS NOT NULL AND e."type" IN ('VIEW', 'NOTIFY', 'CART_ADD')
        AND e."createdAt" >= ${cal.monthsFrom}
      GROUP BY e."productId", e."type", month`,
    db.$queryRaw<{ productId: string; day: string; units: unknown; salesQ: unknown }[]>`
      SELECT l."productId" AS "productId", ${sql.bakuDay(SALE_DATE_SQL)} AS day, SUM(l."quantity") AS units, SUM(l."totalQ") AS "salesQ"
      FROM "OrderLine" l JOIN "Order" o ON o."id" = l."orderId"
      WHERE o."producerId" = ${producerId} AND ${SOLD_ORDER_SQL} AND ${SALE_DATE_SQL} >= ${cal.weeksFrom}
      GROUP BY l."productId", day`,
  ]);
  if (!producer) return null;
  const dayOf = (day: unknown) => String(day).slice(0, 10);
  const salesDays = sales.map((s) => ({ productId: s.productId, day: dayOf(s.day), units: num(s.units), salesQ: num(s.salesQ) }));

  const rows = products.map((product) => {
    const months = emptyMonths(cal.months);
    for (const e of events) {
      if (e.productId !== product.id) continue;
      const m = months.get(e.month);
      if (!m) continue;
      if (e.type === "VIEW") {
        m.views += num(e.n);
        m.fromSearch += num(e.searched);
      } else if (e.type === "NOTIFY") m.notifies += num(e.n);
      else if (e.type === "CART_ADD") m.cartAdds += num(e.n);
    }
    const days = salesDays.filter((s) => s.productId === product.id);
    for (const s of days) {
      const m = months.get(s.day.slice(0, 7));
      if (!m) continue;
      m.units += s.units;
      m.salesQ += s.salesQ;
    }
    const monthly = [...months.values()];
    return {
      productId: product.id,
      title: pickLocalized(product, "title", locale),
      unit: product.unit,
      monthly,
      totals: sumMonths(monthly),
      plan: weeklyPlan(
        days.map((d) => ({ day: d.day, amount: d.units })),
        historyStart(product.createdAt, days),
        cal,
      ),
    };
  });
  // Products with any demand or sales first, the busiest first.
  rows.sort((a, b) => b.totals.units - a.totals.units || b.totals.views - a.totals.views || a.title.localeCompare(b.title));
  const all = sumMonthly(rows.map((r) => r.monthly));
  return {
    months: cal.months,
    horizonWeeks: HORIZON_WEEKS,
    firstForecastWeek: weekStart(cal.thisWeek),
    monthly: all,
    totals: sumMonths(all),
    /** all products together, in money: units of different things do not add up */
    plan: weeklyPlan(
      salesDays.map((d) => ({ day: d.day, amount: d.salesQ })),
      historyStart(producer.createdAt, salesDays),
      cal,
    ),
    products: rows,
  };
}

function sumMonths(monthly: MonthFigures[]) {
  return monthly.reduce(
    (t, m) => ({
      views: t.views + m.views,
      fromSearch: t.fromSearch + m.fromSearch,
      notifies: t.notifies + m.notifies,
      cartAdds: t.cartAdds + m.cartAdds,
      units: t.units + m.units,
      salesQ: t.salesQ + m.salesQ,
    }),
    { views: 0, fromSearch: 0, notifies: 0, cartAdds: 0, units: 0, salesQ: 0 },
  );
}

function sumMonthly(series: MonthFigures[][]): MonthFigures[] {
  if (series.length === 0) return [];
  return series[0].map((first, i) => ({ month: first.month, ...sumMonths(series.map((s) => s[i])) }));
}

// ─── The programme's view ────────────────────────────────────────────────────

export type PlanningFilters = { region?: string; sector?: string };

/** Region and sector conditions on a producer aliased `pr` (the producer's region; one of its sectors). */
function producerConditions(filters: PlanningFilters) {
  const conditions: Prisma.Sql[] = [];
  if (filters.region) conditions.push(Prisma.sql`pr."regionId" = (SELECT id FROM "Region" WHERE slug = ${filters.region})`);
  if (filters.sector) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ProducerSector" fs JOIN "Sector" fsec ON fsec."id" = fs."sectorId" WHERE fs."producerId" = pr."id" AND fsec."slug" = ${filters.sector})`,
    );
  }
  return conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * The same figures for the programme, over every producer in a region and/or sector: twelve months
 * of demand and sales, and a forecast of the next 13 weeks of sales (in money) with its back-test.
 */
export async function programmePlanning(filters: PlanningFilters, now = new Date()) {
  const cal = calendar(now);
  const where = producerConditions(filters);
  const [events, sales, firstProducer] = await Promise.all([
    db.$queryRaw<{ type: string; month: string; n: unknown; searched: unknown }[]>`
      SELECT e."type" AS type, ${sql.bakuMonth(Prisma.sql`e."createdAt"`)} AS month, COUNT(*) AS n,
        SUM(CASE WHEN e."query" IS NOT NULL THEN 1 ELSE 0 END) AS searched
      FROM "DemandEvent" e JOIN "Producer" pr ON pr."id" = e."producerId"
      WHERE e."type" IN ('VIEW', 'NOTIFY', 'CART_ADD') AND e."createdAt" >= ${cal.monthsFrom}${where}
      GROUP BY e."type", month`,
    db.$queryRaw<{ day: string; units: unknown; salesQ: unknown }[]>`
      SELECT ${sql.bakuDay(SALE_DATE_SQL)} AS day, SUM(o."totalQ") AS "salesQ", COUNT(*) AS units
      FROM "Order" o JOIN "Producer" pr ON pr."id" = o."producerId"
      WHERE ${SOLD_ORDER_SQL} AND ${SALE_DATE_SQL} >= ${cal.weeksFrom}${where}
      GROUP BY day`,
    db.$queryRaw<{ first: unknown }[]>`SELECT MIN(pr."createdAt") AS first FROM "Producer" pr WHERE pr."status" = 'ACTIVE'${where}`,
  ]);
  const months = emptyMonths(cal.months);
  for (const e of events) {
    const m = months.get(e.month);
    if (!m) continue;
    if (e.type === "VIEW") {
      m.views += num(e.n);
      m.fromSearch += num(e.searched);
    } else if (e.type === "NOTIFY") m.notifies += num(e.n);
    else if (e.type === "CART_ADD") m.cartAdds += num(e.n);
  }
  const days = sales.map((s) => ({ day: String(s.day).slice(0, 10), orders: num(s.units), salesQ: num(s.salesQ) }));
  for (const s of days) {
    const m = months.get(s.day.slice(0, 7));
    if (!m) continue;
    // For the programme a "unit" is an order: goods of different kinds do not add up.
    m.units += s.orders;
    m.salesQ += s.salesQ;
  }
  const first = firstProducer[0]?.first;
  const since = first ? new Date(first instanceof Date ? first : String(first)) : now;
  const monthly = [...months.values()];
  return {
    months: cal.months,
    horizonWeeks: HORIZON_WEEKS,
    firstForecastWeek: weekStart(cal.thisWeek),
    monthly,
    totals: sumMonths(monthly),
    plan: weeklyPlan(
      days.map((d) => ({ day: d.day, amount: d.salesQ })),
      historyStart(since, days),
      cal,
    ),
  };
}

// ─── Unmet demand ─────────────────────────────────────────────────────────────

const UNMET_ROWS = 30;

/**
 * What shoppers asked for and did not get, for mentors to act on: searches that found nothing in
 * the last twelve months (the words, how often, when last), and notify-me requests still waiting
 * (per product, with its producer, so a task can go to that family).
 */
export async function unmetDemand(filters: PlanningFilters, locale: Locale, now = new Date()) {
  const cal = calendar(now);
  const region = filters.region ? Prisma.sql` AND e."regionId" = (SELECT id FROM "Region" WHERE slug = ${filters.region})` : Prisma.empty;
  const [searches, waiting] = await Promise.all([
    db.$queryRaw<{ query: string; searches: unknown; lastAt: unknown }[]>`
      SELECT lower(trim(e."query")) AS query, COUNT(*) AS searches, MAX(e."createdAt") AS "lastAt"
      FROM "DemandEvent" e
      WHERE e."type" = 'SEARCH' AND e."resultCount" = 0 AND e."query" IS NOT NULL AND trim(e."query") <> ''
        AND e."createdAt" >= ${cal.monthsFrom}${region}
      GROUP BY lower(trim(e."query"))
      ORDER BY searches DESC, query ASC
      LIMIT ${UNMET_ROWS}`,
    db.stockAlert.groupBy({
      by: ["productId", "kind"],
      where: {
        notifiedAt: null,
        product: {
          producer: {
            ...(filters.region ? { region: { slug: filters.region } } : {}),
            ...(filters.sector ? { sectors: { some: { sector: { slug: filters.sector } } } } : {}),
          },
        },
      },
      _count: { _all: true },
      _min: { createdAt: true },
      orderBy: [{ _count: { productId: "desc" } }, { productId: "asc" }],
      take: UNMET_ROWS,
    }),
  ]);
  const products = await db.product.findMany({
    where: { id: { in: [...new Set(waiting.map((w) => w.productId))] } },
    select: {
      id: true,
      slug: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      producer: { select: { id: true, name: true, region: { select: NAMES_SELECT } } },
    },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  const storedDay = (value: unknown) => bakuDay(value instanceof Date ? value : new Date(String(value)));
  return {
    searches: searches.map((s) => ({ query: s.query, count: num(s.searches), lastDay: storedDay(s.lastAt) })),
    waiting: waiting.flatMap((w) => {
      const product = byId.get(w.productId);
      if (!product) return [];
      return [
        {
          productId: product.id,
          slug: product.slug,
          title: pickLocalized(product, "title", locale),
          kind: w.kind,
          count: w._count._all,
          since: bakuDay(w._min.createdAt ?? now),
          producerId: product.producer.id,
          producerName: product.producer.name,
          region: pickLocalized(product.producer.region, "name", locale),
        },
      ];
    }),
  };
}

/** Producers a mentor can give a task about a search that found nothing: active ones, by name. */
export async function producersForTasks(filters: PlanningFilters) {
  return db.producer.findMany({
    where: {
      status: "ACTIVE",
      ...(filters.region ? { region: { slug: filters.region } } : {}),
      ...(filters.sector ? { sectors: { some: { sector: { slug: filters.sector } } } } : {}),
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
