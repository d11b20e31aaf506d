import { SALE_DATE_SQL, SOLD_ORDER_SQL } from "~/models/insights/sales.server";
import { bakuDay, bakuInstant, bakuToday } from "~/utils/baku-time";
import { db, Prisma, TITLES_SELECT } from "~/utils/db.server";
import { sql } from "~/utils/sql.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import type { MessageKey } from "~/locales/types";

import { parsePeriod, type InsightPeriod } from "~/models/insights/insight-periods";

export { parsePeriod, type InsightPeriod };

const COUNTED = ["VIEW", "FAVORITE", "NOTIFY", "CART_ADD"] as const;
type Counted = (typeof COUNTED)[number];

export type ProductFigures = {
  productId: string;
  title: string;
  views: number;
  favorites: number;
  notifies: number;
  cartAdds: number;
  orders: number;
  units: number;
  revenueQ: number;
  /** orders ÷ views, 0 when there were no views */
  conversion: number;
};

const FIELD: Record<Counted, "views" | "favorites" | "notifies" | "cartAdds"> = {
  VIEW: "views",
  FAVORITE: "favorites",
  NOTIFY: "notifies",
  CART_ADD: "cartAdds",
};

/** The first instant of the day `days - 1` days before today, in Baku time (UTC+4). */
export function periodStart(days: number, now = new Date()): Date {
  return bakuInstant(bakuToday(now), -(days - 1) * 24);
}

/** Every Baku calendar day of the period as YYYY-MM-DD, so days without events still show as zero. */
function periodDays(since: Date, days: number): string[] {
  return Array.from({ length: days }, (_, i) => bakuDay(new Date(since.getTime() + i * 86_400_000)));
}

/**
 * A producer's demand and sales for the last 7/30/90 days, per product and overall. All counting
 * happens in SQLite (GROUP BY); JavaScript only joins the grouped rows to product titles.
 */
export async function producerInsights(producerId: string, days: InsightPeriod, locale: Locale, now = new Date()) {
  const since = periodStart(days, now);
  const sinceText = since.toISOString();
  const [eventsByProduct, salesByProduct, viewsByDay, salesByDay, searches, products] = await Promise.all([
    db.demandEvent.groupBy({
      by: ["productId", "type"],
      where: { producerId, type: { in: [...COUNTED] }, createdAt: { gte: since }, productId: { not: null } },
      _count: { _all: true },
    }),
    db.$queryRaw<{ productId: string; orders: bigint | number; units: bigint | number; revenueQ: bigint | number }[]>`
      SELECT l."productId" AS "productId", COUNT(DISTINCT o."id") AS orders, SUM(l."quantity") AS units, SUM(l."totalQ") AS "revenueQ"
      FROM "OrderLine" l JOIN "Order" o ON o."id" = l."orderId"
      WHERE o."producerId" = ${producerId} AND ${SALE_DATE_SQL} >= ${sinceText} AND ${SOLD_ORDER_SQL}
      GROUP BY l."productId"`,
    db.$queryRaw<{ day: string; views: bigint | number }[]>`
      SELECT ${sql.bakuDay(Prisma.sql`"createdAt"`)} AS day, COUNT(*) AS views
      FROM "DemandEvent"
      WHERE "producerId" = ${producerId} AND "type" = 'VIEW' AND "createdAt" >= ${sinceText}
      GROUP BY day`,
    db.$queryRaw<{ day: string; orders: bigint | number; revenueQ: bigint | number }[]>`
      SELECT ${sql.bakuDay(SALE_DATE_SQL)} AS day, COUNT(*) AS orders, SUM(o."totalQ") AS "revenueQ"
      FROM "Order" o
      WHERE o."producerId" = ${producerId} AND ${SALE_DATE_SQL} >= ${sinceText} AND ${SOLD_ORDER_SQL}
      GROUP BY day`,
    db.demandEvent.groupBy({
      by: ["query"],
      where: { producerId, type: "VIEW", query: { not: null }, createdAt: { gte: since } },
      _count: { _all: true },
      orderBy: [{ _count: { query: "desc" } }, { query: "asc" }],
      take: 20,
    }),
    db.product.findMany({
      where: { producerId },
      select: { id: true, ...TITLES_SELECT, status: true },
    }),
  ]);

  const byProduct = new Map<string, ProductFigures>();
  const titles = new Map(products.map((p) => [p.id, pickLocalized(p, "title", locale)]));
  const row = (productId: string) => {
    let figures = byProduct.get(productId);
    if (!figures) {
      figures = {
        productId,
        title: titles.get(productId) ?? "—",
        views: 0,
        favorites: 0,
        notifies: 0,
        cartAdds: 0,
        orders: 0,
        units: 0,
        revenueQ: 0,
        conversion: 0,
      };
      byProduct.set(productId, figures);
    }
    return figures;
  };
  for (const group of eventsByProduct) {
    if (!group.productId) continue;
    row(group.productId)[FIELD[group.type as Counted]] = group._count._all;
  }
  for (const sale of salesByProduct) {
    const figures = row(sale.productId);
    figures.orders = Number(sale.orders);
    figures.units = Number(sale.units);
    figures.revenueQ = Number(sale.revenueQ);
  }
  const perProduct = [...byProduct.values()]
    .map((f) => ({ ...f, conversion: f.views ? f.orders / f.views : 0 }))
    .sort((a, b) => b.revenueQ - a.revenueQ || b.views - a.views || a.title.localeCompare(b.title));

  const totalOrders = salesByDay.reduce((sum, d) => sum + Number(d.orders), 0);
  const totals = {
    views: perProduct.reduce((s, p) => s + p.views, 0),
    favorites: perProduct.reduce((s, p) => s + p.favorites, 0),
    notifies: perProduct.reduce((s, p) => s + p.notifies, 0),
    cartAdds: perProduct.reduce((s, p) => s + p.cartAdds, 0),
    // An order with several products counts once overall.
    orders: totalOrders,
    revenueQ: salesByDay.reduce((sum, d) => sum + Number(d.revenueQ), 0),
    conversion: 0,
  };
  totals.conversion = totals.views ? totals.orders / totals.views : 0;

  const viewMap = new Map(viewsByDay.map((d) => [d.day, Number(d.views)]));
  const salesMap = new Map(salesByDay.map((d) => [d.day, Number(d.revenueQ)]));
  const dayList = periodDays(since, days);
  return {
    days,
    since: sinceText,
    totals,
    perProduct,
    daily: dayList.map((day) => ({ day, views: viewMap.get(day) ?? 0, revenueQ: salesMap.get(day) ?? 0 })),
    searches: searches.map((s) => ({ query: s.query ?? "", count: s._count._all })),
  };
}

/**
 * The insights table as CSV rows in the reader's language: one row per product, then the totals.
 * Money in AZN with a decimal point and ratios as decimals, so spreadsheets read them as numbers.
 */
export function insightsCsvRows(insights: Awaited<ReturnType<typeof producerInsights>>, t: (key: MessageKey) => string) {
  const azn = (q: number) => (q / 100).toFixed(2);
  const ratio = (r: number) => r.toFixed(4);
  return [
    [
      t("dashboard.insights.col.productId"),
      t("dashboard.insights.col.product"),
      t("dashboard.insights.views"),
      t("dashboard.insights.favorites"),
      t("dashboard.insights.notifies"),
      t("dashboard.insights.cartAdds"),
      t("dashboard.insights.orders"),
      t("dashboard.insights.col.units"),
      `${t("dashboard.insights.revenue")} (AZN)`,
      t("dashboard.insights.conversion"),
    ],
    ...insights.perProduct.map((p) => [
      p.productId,
      p.title,
      p.views,
      p.favorites,
      p.notifies,
      p.cartAdds,
      p.orders,
      p.units,
      azn(p.revenueQ),
      ratio(p.conversion),
    ]),
    [
      "",
      t("common.total"),
      insights.totals.views,
      insights.totals.favorites,
      insights.totals.notifies,
      insights.totals.cartAdds,
      insights.totals.orders,
      "",
      azn(insights.totals.revenueQ),
      ratio(insights.totals.conversion),
    ],
  ];
}
