import type { MessageKey } from "~/locales/types";
import { SALE_DATE_SQL, SOLD_ORDER_SQL } from "~/models/insights/sales.server";
import { db, Prisma, NAMES_SELECT } from "~/utils/db.server";
import { sql } from "~/utils/sql.server";
import { writeCsv } from "~/utils/csv";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { addMonths, monthsBetween, type ReportFilters, type ReportTable } from "~/models/insights/report-filters";
import { bakuAt } from "~/utils/baku-time";

export type ColumnKind = "text" | "month" | "money" | "count";
export type ReportColumn = { key: string; label: MessageKey; kind: ColumnKind };
export type ReportRow = Record<string, string | number>;
export type ReportTableData = { key: ReportTable; title: MessageKey; columns: ReportColumn[]; rows: ReportRow[] };

function monthStart(month: string) {
  return bakuAt(`${month}-01`);
}

/** Dates are stored as ISO text with "+00:00"; bounds in the same form compare correctly as text. */
function stored(date: Date) {
  return date.toISOString().replace("Z", "+00:00");
}

function period(filters: ReportFilters) {
  return { start: stored(monthStart(filters.from)), end: stored(monthStart(addMonths(filters.to, 1))) };
}

/** The UTC day of a stored instant: text on SQLite, a Date from PostgreSQL. */
const storedDay = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

/** Region and sector filters on a producer aliased `pr`. */
function producerConditions(filters: ReportFilters, options: { sector?: boolean } = { sector: true }) {
  const conditions: Prisma.Sql[] = [];
  if (filters.region) conditions.push(Prisma.sql`pr."regionId" = (SELECT id FROM "Region" WHERE slug = ${filters.region})`);
  if (filters.sector && options.sector !== false) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ProducerSector" fs JOIN "Sector" fsec ON fsec."id" = fs."sectorId" WHERE fs."producerId" = pr."id" AND fsec."slug" = ${filters.sector})`,
    );
  }
  return conditions;
}

const and = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty);

/** Sales (see SOLD_ORDER) confirmed in the period, by producers matching the filters. */
function salesWhere(filters: ReportFilters) {
  const { start, end } = period(filters);
  return Prisma.sql`${SOLD_ORDER_SQL} AND ${SALE_DATE_SQL} >= ${start} AND ${SALE_DATE_SQL} < ${end}${and(producerConditions(filters))}`;
}

function newProducersWhere(filters: ReportFilters, options?: { sector?: boolean }) {
  const { start, end } = period(filters);
  return Prisma.sql`pr."approvedAt" IS NOT NULL AND pr."approvedAt" >= ${start} AND pr."approvedAt" < ${end}${and(producerConditions(filters, options))}`;
}

// ─── Sales ────────────────────────────────────────────────────────────────────

async function summary(filters: ReportFilters): Promise<ReportTableData> {
  const { start, end } = period(filters);
  const [[sales], [active], [fresh], [shoppers]] = await Promise.all([
    db.$queryRaw<{ salesQ: unknown; orders: unknown; familiesQ: unknown }[]>`
      SELECT SUM(o."totalQ") AS "salesQ", COUNT(*) AS orders, SUM(o."totalQ" - o."commissionQ") AS "familiesQ"
      FROM "Order" o JOIN "Producer" pr ON pr."id" = o."producerId"
      WHERE ${salesWhere(filters)}`,
    db.$queryRaw<{ n: unknown }[]>`
      SELECT COUNT(*) AS n FROM "Producer" pr WHERE pr."status" = 'ACTIVE'${and(producerConditions(filters))}`,
    db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM "Producer" pr WHERE ${newProducersWhere(filters)}`,
    // A shopper is an account, or a guest's email; repeat shoppers checked out more than once.
    db.$queryRaw<{ shoppers: unknown; repeat: unknown }[]>`
      SELECT COUNT(*) AS shoppers, SUM(CASE WHEN groups > 1 THEN 1 ELSE 0 END) AS "repeat" FROM (
        SELECT COALESCE(g."userId", lower(g."email")) AS shopper, COUNT(DISTINCT g."id") AS groups
        FROM "CheckoutGroup" g
        WHERE g."createdAt" >= ${start} AND g."createdAt" < ${end}
          AND EXISTS (SELECT 1 FROM "Order" o JOIN "Producer" pr ON pr."id" = o."producerId" WHERE o."groupId" = g."id" AND ${salesWhere(filters)})
        GROUP BY shopper
      ) AS shoppers`,
  ]);
  return {
    key: "summary",
    title: "admin.reports.summary",
    columns: [
      { key: "salesQ", label: "admin.reports.col.sales", kind: "money" },
      { key: "orders", label: "admin.reports.col.orders", kind: "count" },
      { key: "familiesQ", label: "admin.reports.col.families", kind: "money" },
      { key: "activeProducers", label: "admin.reports.col.activeProducers", kind: "count" },
      { key: "newProducers", label: "admin.reports.col.newProducers", kind: "count" },
      { key: "shoppers", label: "admin.reports.col.shoppers", kind: "count" },
      { key: "repeatShoppers", label: "admin.reports.col.repeatShoppers", kind: "count" },
    ],
    rows: [
      {
        salesQ: num(sales?.salesQ),
        orders: num(sales?.orders),
        familiesQ: num(sales?.familiesQ),
        activeProducers: num(active?.n),
        newProducers: num(fresh?.n),
        shoppers: num(shoppers?.shoppers),
        repeatShoppers: num(shoppers?.repeat),
      },
    ],
  };
}

async function monthly(filters: ReportFilters): Promise<ReportTableData> {
  const [sales, fresh, repeat] = await Promise.all([
    db.$queryRaw<{ month: string; salesQ: unknown; orders: unknown; familiesQ: unknown; selling: unknown }[]>`
      SELECT ${sql.bakuMonth(SALE_DATE_SQL)} AS month, SUM(o."totalQ") AS "salesQ", COUNT(*) AS orders,
        SUM(o."totalQ" - o."commissionQ") AS "familiesQ", COUNT(DISTINCT o."producerId") AS selling
      FROM "Order" o JOIN "Producer" pr ON pr."id" = o."producerId"
      WHERE ${salesWhere(filters)}
      GROUP BY month`,
    db.$queryRaw<{ month: string; n: unknown }[]>`
      SELECT ${sql.bakuMonth(Prisma.sql`pr."approvedAt"`)} AS month, COUNT(*) AS n
      FROM "Producer" pr WHERE ${newProducersWhere(filters)}
      GROUP BY month`,
    // Shoppers who checked out in the month and had checked out before (that month or earlier):
    // every checkout but each shopper's first, numbered in one pass instead of a search per row.
    db.$queryRaw<{ month: string; n: unknown }[]>`
      WITH ranked AS (
        SELECT g."id", g."createdAt", COALESCE(g."userId", lower(g."email")) AS shopper,
          ROW_NUMBER() OVER (PARTITION BY COALESCE(g."userId", lower(g."email")) ORDER BY g."createdAt", g."id") AS nth
        FROM "CheckoutGroup" g
      )
      SELECT month, COUNT(*) AS n FROM (
        SELECT ${sql.bakuMonth(Prisma.sql`r."createdAt"`)} AS month, r."shopper"
        FROM ranked r
        WHERE r."nth" > 1
          AND EXISTS (SELECT 1 FROM "Order" o JOIN "Producer" pr ON pr."id" = o."producerId" WHERE o."groupId" = r."id" AND ${salesWhere(filters)})
        GROUP BY month, r."shopper"
      ) AS shoppers GROUP BY month`,
  ]);
  const byMonth = new Map(sales.map((row) => [row.month, row]));
  const freshByMonth = new Map(fresh.map((row) => [row.month, num(row.n)]));
  const repeatByMonth = new Map(repeat.map((row) => [row.month, num(row.n)]));
  return {
    key: "monthly",
    title: "admin.reports.monthly",
    columns: [
      { key: "month", label: "admin.reports.col.month", kind: "month" },
      { key: "salesQ", label: "admin.reports.col.sales", kind: "money" },
      { key: "orders", label: "admin.reports.col.orders", kind: "count" },
      { key: "familiesQ", label: "admin.reports.col.families", kind: "money" },
      { key: "sellingProducers", label: "admin.reports.col.sellingProducers", kind: "count" },
      { key: "newProducers", label: "admin.reports.col.newProducers", kind: "count" },
      { key: "repeatShoppers", label: "admin.reports.col.repeatShoppers", kind: "count" },
    ],
    rows: monthsBetween(filters.from, filters.to).map((month) => {
      const row = byMonth.get(month);
      return {
        month,
        salesQ: num(row?.salesQ),
        orders: num(row?.orders),
        familiesQ: num(row?.familiesQ),
        sellingProducers: num(row?.selling),
        newProducers: freshByMonth.get(month) ?? 0,
        repeatShoppers: repeatByMonth.get(month) ?? 0,
      };
    }),
  };
}

async function regions(filters: ReportFilters, locale: Locale): Promise<ReportTableData> {
  const [all, sales, active, fresh] = await Promise.all([
    db.region.findMany({
      where: filters.region ? { slug: filters.region } : {},
      orderBy: { nameAz: "asc" },
      select: { id: true, ...NAMES_SELECT },
    }),
    db.$queryRaw<{ regionId: number; salesQ: unknown; orders: unknown; familiesQ: unknown }[]>`
      SELECT pr."regionId" AS "regionId", SUM(o."totalQ") AS "salesQ", COUNT(*) AS orders, SUM(o."totalQ" - o."commissionQ") AS "familiesQ"
      FROM "Order" o JOIN "Producer" pr ON pr."id" = o."producerId"
      WHERE ${salesWhere(filters)}
      GROUP BY pr."regionId"`,
    db.$queryRaw<{ regionId: number; n: unknown }[]>`
      SELECT pr."regionId" AS "regionId", COUNT(*) AS n FROM "Producer" pr
      WHERE pr."status" = 'ACTIVE'${and(producerConditions(filters))}
      GROUP BY pr."regionId"`,
    db.$queryRaw<{ regionId: number; n: unknown }[]>`
      SELECT pr."regionId" AS "regionId", COUNT(*) AS n FROM "Producer" pr WHERE ${newProducersWhere(filters)} GROUP BY pr."regionId"`,
  ]);
  const salesBy = new Map(sales.map((r) => [num(r.regionId), r]));
  const activeBy = new Map(active.map((r) => [num(r.regionId), num(r.n)]));
  const freshBy = new Map(fresh.map((r) => [num(r.regionId), num(r.n)]));
  const rows = all.map((region) => {
    const s = salesBy.get(region.id);
    return {
      region: pickLocalized(region, "name", locale),
      salesQ: num(s?.salesQ),
      orders: num(s?.orders),
      familiesQ: num(s?.familiesQ),
      activeProducers: activeBy.get(region.id) ?? 0,
      newProducers: freshBy.get(region.id) ?? 0,
    };
  });
  rows.sort((a, b) => b.salesQ - a.salesQ || b.activeProducers - a.activeProducers || a.region.localeCompare(b.region));
  return {
    key: "regions",
    title: "admin.reports.regions",
    columns: [
      { key: "region", label: "common.region", kind: "text" },
      { key: "salesQ", label: "admin.reports.col.sales", kind: "money" },
      { key: "orders", label: "admin.reports.col.orders", kind: "count" },
      { key: "familiesQ", label: "admin.reports.col.families", kind: "money" },
      { key: "activeProducers", label: "admin.reports.col.activeProducers", kind: "count" },
      { key: "newProducers", label: "admin.reports.col.newProducers", kind: "count" },
    ],
    rows,
  };
}

/**
 * By sector, sales follow what was sold (each order line by its product's category), since a
 * producer may work in several sectors. The commission is shared out over an order's lines.
 */
async function sectors(filters: ReportFilters, locale: Locale): Promise<ReportTableData> {
  const { start, end } = period(filters);
  const lineFilters = and(producerConditions(filters, { sector: false }));
  const [all, sales, active, fresh] = await Promise.all([
    db.sector.findMany({
      where: filters.sector ? { slug: filters.sector } : {},
      orderBy: { position: "asc" },
      select: { id: true, ...NAMES_SELECT },
    }),
    db.$queryRaw<{ sectorId: number; salesQ: unknown; orders: unknown; familiesQ: unknown }[]>`
      SELECT c."sectorId" AS "sectorId", SUM(l."totalQ") AS "salesQ", COUNT(DISTINCT o."id") AS orders,
        ROUND(SUM(l."totalQ" - CASE WHEN o."subtotalQ" > 0 THEN ${sql.asReal(Prisma.sql`o."commissionQ"`)} * l."totalQ" / o."subtotalQ" ELSE 0 END)) AS "familiesQ"
      FROM "OrderLine" l
      JOIN "Order" o ON o."id" = l."orderId"
      JOIN "Producer" pr ON pr."id" = o."producerId"
      JOIN "Product" p ON p."id" = l."productId"
      JOIN "Category" c ON c."id" = p."categoryId"
      WHERE ${SOLD_ORDER_SQL} AND ${SALE_DATE_SQL} >= ${start} AND ${SALE_DATE_SQL} < ${end}${lineFilters}
      GROUP BY c."sectorId"`,
    db.$queryRaw<{ sectorId: number; n: unknown }[]>`
      SELECT ps."sectorId" AS "sectorId", COUNT(*) AS n FROM "ProducerSector" ps JOIN "Producer" pr ON pr."id" = ps."producerId"
      WHERE pr."status" = 'ACTIVE'${lineFilters}
      GROUP BY ps."sectorId"`,
    db.$queryRaw<{ sectorId: number; n: unknown }[]>`
      SELECT ps."sectorId" AS "sectorId", COUNT(*) AS n FROM "ProducerSector" ps JOIN "Producer" pr ON pr."id" = ps."producerId"
      WHERE ${newProducersWhere(filters, { sector: false })}
      GROUP BY ps."sectorId"`,
  ]);
  const salesBy = new Map(sales.map((r) => [num(r.sectorId), r]));
  const activeBy = new Map(active.map((r) => [num(r.sectorId), num(r.n)]));
  const freshBy = new Map(fresh.map((r) => [num(r.sectorId), num(r.n)]));
  return {
    key: "sectors",
    title: "admin.reports.sectors",
    columns: [
      { key: "sector", label: "common.sector", kind: "text" },
      { key: "salesQ", label: "admin.reports.col.salesGoods", kind: "money" },
      { key: "orders", label: "admin.reports.col.orders", kind: "count" },
      { key: "familiesQ", label: "admin.reports.col.families", kind: "money" },
      { key: "activeProducers", label: "admin.reports.col.activeProducers", kind: "count" },
      { key: "newProducers", label: "admin.reports.col.newProducers", kind: "count" },
    ],
    rows: all.map((sector) => {
      const s = salesBy.get(sector.id);
      return {
        sector: pickLocalized(sector, "name", locale),
        salesQ: num(s?.salesQ),
        orders: num(s?.orders),
        familiesQ: num(s?.familiesQ),
        activeProducers: activeBy.get(sector.id) ?? 0,
        newProducers: freshBy.get(sector.id) ?? 0,
      };
    }),
  };
}

// ─── Unmet demand ─────────────────────────────────────────────────────────────

const TOP = 20;

/** What shoppers searched for and did not find, most asked first. */
async function searches(filters: ReportFilters): Promise<ReportTableData> {
  const { start, end } = period(filters);
  const region = filters.region ? Prisma.sql` AND e."regionId" = (SELECT id FROM "Region" WHERE slug = ${filters.region})` : Prisma.empty;
  const rows = await db.$queryRaw<{ query: string; searches: unknown; lastAt: string | Date }[]>`
    SELECT lower(trim(e."query")) AS query, COUNT(*) AS searches, MAX(e."createdAt") AS "lastAt"
    FROM "DemandEvent" e
    WHERE e."type" = 'SEARCH' AND e."resultCount" = 0 AND e."query" IS NOT NULL AND trim(e."query") != ''
      AND e."createdAt" >= ${start} AND e."createdAt" < ${end}${region}
    GROUP BY lower(trim(e."query"))
    ORDER BY searches DESC, query ASC
    LIMIT ${TOP}`;
  return {
    key: "searches",
    title: "admin.reports.searches",
    columns: [
      { key: "query", label: "admin.reports.col.query", kind: "text" },
      { key: "searches", label: "admin.reports.col.searches", kind: "count" },
      { key: "lastSearched", label: "admin.reports.col.lastSearched", kind: "text" },
    ],
    rows: rows.map((r) => ({ query: r.query, searches: num(r.searches), lastSearched: storedDay(r.lastAt) })),
  };
}

/** Notify-me requests by the region of the producer whose product was asked for. */
function notifyConditions(filters: ReportFilters) {
  const { start, end } = period(filters);
  const conditions = [
    Prisma.sql`e."type" = 'NOTIFY' AND e."createdAt" >= ${start} AND e."createdAt" < ${end}`,
    ...producerConditions(filters, { sector: false }),
  ];
  if (filters.sector) {
    conditions.push(
      Prisma.sql`p."categoryId" IN (SELECT c."id" FROM "Category" c JOIN "Sector" s ON s."id" = c."sectorId" WHERE s."slug" = ${filters.sector})`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

async function notifyRegions(filters: ReportFilters, locale: Locale): Promise<ReportTableData> {
  const rows = await db.$queryRaw<{ nameAz: string; nameEn: string; nameRu: string; requests: unknown; products: unknown }[]>`
    SELECT r."nameAz", r."nameEn", r."nameRu", COUNT(*) AS requests, COUNT(DISTINCT e."productId") AS products
    FROM "DemandEvent" e
    JOIN "Product" p ON p."id" = e."productId"
    JOIN "Producer" pr ON pr."id" = p."producerId"
    JOIN "Region" r ON r."id" = pr."regionId"
    WHERE ${notifyConditions(filters)}
    GROUP BY r."id"
    ORDER BY requests DESC, r."nameAz" ASC`;
  return {
    key: "notify-regions",
    title: "admin.reports.notifyRegions",
    columns: [
      { key: "region", label: "common.region", kind: "text" },
      { key: "requests", label: "admin.reports.col.requests", kind: "count" },
      { key: "products", label: "admin.reports.col.products", kind: "count" },
    ],
    rows: rows.map((r) => ({ region: pickLocalized(r, "name", locale), requests: num(r.requests), products: num(r.products) })),
  };
}

async function notifyProducts(filters: ReportFilters, locale: Locale): Promise<ReportTableData> {
  const rows = await db.$queryRaw<
    { titleAz: string; titleEn: string; titleRu: string; producer: string; nameAz: string; nameEn: string; nameRu: string; requests: unknown }[]
  >`
    SELECT p."titleAz", p."titleEn", p."titleRu", pr."name" AS producer, r."nameAz", r."nameEn", r."nameRu", COUNT(*) AS requests
    FROM "DemandEvent" e
    JOIN "Product" p ON p."id" = e."productId"
    JOIN "Producer" pr ON pr."id" = p."producerId"
    JOIN "Region" r ON r."id" = pr."regionId"
    WHERE ${notifyConditions(filters)}
    GROUP BY p."id", pr."id", r."id"
    ORDER BY requests DESC, p."titleAz" ASC
    LIMIT ${TOP}`;
  return {
    key: "notify-products",
    title: "admin.reports.notifyProducts",
    columns: [
      { key: "product", label: "admin.reports.col.product", kind: "text" },
      { key: "producer", label: "admin.tasks.producer", kind: "text" },
      { key: "region", label: "common.region", kind: "text" },
      { key: "requests", label: "admin.reports.col.requests", kind: "count" },
    ],
    rows: rows.map((r) => ({
      product: pickLocalized(r, "title", locale),
      producer: r.producer,
      region: pickLocalized(r, "name", locale),
      requests: num(r.requests),
    })),
  };
}

/** One table of the programme report, aggregated in SQL. */
export function reportTable(table: ReportTable, filters: ReportFilters, locale: Locale): Promise<ReportTableData> {
  switch (table) {
    case "summary":
      return summary(filters);
    case "monthly":
      return monthly(filters);
    case "regions":
      return regions(filters, locale);
    case "sectors":
      return sectors(filters, locale);
    case "searches":
      return searches(filters);
    case "notify-regions":
      return notifyRegions(filters, locale);
    case "notify-products":
      return notifyProducts(filters, locale);
  }
}

/** Every table of the report page. */
export async function programmeReport(filters: ReportFilters, locale: Locale) {
  const [summaryTable, monthlyTable, regionsTable, sectorsTable, searchesTable, notifyRegionsTable, notifyProductsTable] = await Promise.all([
    summary(filters),
    monthly(filters),
    regions(filters, locale),
    sectors(filters, locale),
    searches(filters),
    notifyRegions(filters, locale),
    notifyProducts(filters, locale),
  ]);
  return {
    summary: summaryTable,
    monthly: monthlyTable,
    regions: regionsTable,
    sectors: sectorsTable,
    searches: searchesTable,
    notifyRegions: notifyRegionsTable,
    notifyProducts: notifyProductsTable,
  };
}

/** Regions and sectors for the filter form. */
export async function reportFilterOptions(locale: Locale) {
  const [regionRows, sectorRows] = await Promise.all([
    db.region.findMany({ orderBy: { nameAz: "asc" }, select: { slug: true, ...NAMES_SELECT } }),
    db.sector.findMany({ orderBy: { position: "asc" }, select: { slug: true, ...NAMES_SELECT } }),
  ]);
  return {
    regions: regionRows.map((r) => ({ slug: r.slug, name: pickLocalized(r, "name", locale) })),
    sectors: sectorRows.map((s) => ({ slug: s.slug, name: pickLocalized(s, "name", locale) })),
  };
}

/** The table as CSV: money in AZN with two decimals (a dot), counts as integers, headings translated. */
export function tableToCsv(table: ReportTableData, heading: (key: MessageKey) => string) {
  const header = table.columns.map((c) => (c.kind === "money" ? `${heading(c.label)} (AZN)` : heading(c.label)));
  const rows = table.rows.map((row) => table.columns.map((c) => (c.kind === "money" ? (Number(row[c.key]) / 100).toFixed(2) : row[c.key])));
  return writeCsv([header, ...rows]);
}
