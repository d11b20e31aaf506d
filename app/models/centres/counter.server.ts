import { recordAudit } from "~/models/audit/audit.server";
import { recordSale } from "~/models/catalog/inventory.server";
import { commissionFor, postCounterSale } from "~/models/payments/ledger.server";
import { bakuInstant, bakuToday } from "~/utils/baku-time";
import { db, NAMES_SELECT } from "~/utils/db.server";
import { NOT_FOUND, type NotFound } from "~/utils/result";
import type { Locale } from "~/utils/i18n";
import { centreHours, centreName } from "./centre-names";
import type { CounterSaleInput } from "./consignment-schema";
import { itemTitle } from "./consignments.server";

/** A new sale id for the counter's form: made when the form is shown, sent back with it. */
export function newSaleId(): string {
  return crypto.randomUUID();
}

const STOCK_SELECT = {
  code: true,
  quantity: true,
  product: {
    select: { id: true, titleAz: true, titleEn: true, titleRu: true, unit: true, priceQ: true, producer: { select: { id: true, name: true } } },
  },
  variant: { select: { id: true, ...NAMES_SELECT, priceQ: true } },
} as const;

/** The centre's stock, one row per item, with today's price (the variant's, or the product's). */
export async function listCentreStock(centreId: string, locale: Locale) {
  const rows = await db.centreStock.findMany({ where: { centreId }, orderBy: { product: { titleAz: "asc" } }, select: STOCK_SELECT });
  return rows.map((row) => ({
    code: row.code,
    title: itemTitle(row.product, row.variant, locale),
    producer: row.product.producer.name,
    unit: row.product.unit,
    priceQ: row.variant?.priceQ ?? row.product.priceQ,
    quantity: row.quantity,
  }));
}
export type CounterItem = Awaited<ReturnType<typeof listCentreStock>>[number];

/** Case and the Azerbaijani dotted and dotless i aside, as people type and scanners send. */
const fold = (text: string) => text.toLocaleLowerCase("az").replace(/ı/g, "i").normalize("NFKD").replace(/\p{M}/gu, "");

/**
 * What a search at the counter finds in the centre's stock: the item whose code it is (a scanner
 * sends the whole code), else items whose title or producer has every word typed.
 */
export function findCounterItems(stock: CounterItem[], query: string): { exact: CounterItem | null; matches: CounterItem[] } {
  const typed = query.trim();
  if (!typed) return { exact: null, matches: [] };
  const exact = stock.find((item) => item.code === typed.toLowerCase()) ?? null;
  if (exact) return { exact, matches: [exact] };
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const matches = stock.filter((item) => {
    const text = fold(`${item.title} ${item.producer}`);
    return words.every((word) => text.includes(word));
  });
  return { exact: null, matches: matches.slice(0, 20) };
}

export type CounterError = "counter.unknownItem" | "counter.notEnough";
export type CounterResult = { ok: true; saleId: string; repeated: boolean } | { ok: false; error: CounterError; item?: string } | NotFound;

class Refused extends Error {
  constructor(
    readonly error: CounterError,
    readonly item?: string,
  ) {
    super(error);
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

/** A sale already made under this id: the same receipt for its centre, nothing for another. */
async function earlierSale(centreId: string, saleId: string): Promise<CounterResult | null> {
  const sale = await db.counterSale.findUnique({ where: { id: saleId }, select: { centreId: true } });
  if (!sale) return null;
  return sale.centreId === centreId ? { ok: true, saleId, repeated: true } : NOT_FOUND;
}

/**
 * Sells items from the centre's stock at its counter, in one transaction: the stock goes down
 * (never below zero: more than the centre holds refuses the whole sale), the sale and its lines
 * are written at today's prices, and the ledger gets one COUNTER_SALE journal under the sale's id
 * (the programme collected: each producer is owed its lines minus commission). The sale's id came
 * with the form, so the same form sent again (a double tap, a reload after a dropped connection)
 * returns the first sale's receipt; its primary key stops two arriving at once.
 */
export async function sellAtCounter(actorId: string, centreId: string, input: CounterSaleInput, now = new Date()): Promise<CounterResult> {
  const earlier = await earlierSale(centreId, input.saleId);
  if (earlier) return earlier;
  try {
    return await db.$transaction(async (tx): Promise<CounterResult> => {
      const merged = new Map<string, number>();
      for (const line of input.lines) merged.set(line.code, (merged.get(line.code) ?? 0) + line.quantity);
      const lines = [];
      for (const [code, quantity] of merged) {
        const row = await tx.centreStock.findUnique({ where: { centreId_code: { centreId, code } }, select: { id: true, ...STOCK_SELECT } });
        if (!row) throw new Refused("counter.unknownItem");
        const { count } = await tx.centreStock.updateMany({ where: { id: row.id, quantity: { gte: quantity } }, data: { quantity: { decrement: quantity } } });
        if (count === 0) throw new Refused("counter.notEnough", itemTitle(row.product, row.variant, "az"));
        const unitPriceQ = row.variant?.priceQ ?? row.product.priceQ;
        const totalQ = unitPriceQ * quantity;
        lines.push({
          producerId: row.product.producer.id,
          productId: row.product.id,
          variantId: row.variant?.id ?? null,
          title: itemTitle(row.product, row.variant, "az"),
          unitPriceQ,
          quantity,
          totalQ,
          commissionQ: commissionFor(totalQ),
        });
        await recordSale(tx, row.product.id, quantity);
      }
      const totalQ = lines.reduce((sum, line) => sum + line.totalQ, 0);
      await tx.counterSale.create({
        data: { id: input.saleId, centreId, sellerId: actorId, payment: input.payment, totalQ, createdAt: now, lines: { create: lines } },
      });
      await postCounterSale(tx, { id: input.saleId, lines }, now);
      await recordAudit(tx, { actorId, action: "counter.sale", entityType: "CounterSale", entityId: input.saleId, after: { payment: input.payment, totalQ } });
      return { ok: true, saleId: input.saleId, repeated: false };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error, item: error.item };
    // The same form arrived twice at once: the other request made the sale.
    if (isUniqueViolation(error)) {
      const sale = await earlierSale(centreId, input.saleId);
      if (sale) return sale;
    }
    throw error;
  }
}

/** A sale's receipt, for the centre it was made at only. */
export async function getCounterReceipt(centreId: string, saleId: string, locale: Locale) {
  const sale = await db.counterSale.findFirst({
    where: { id: saleId, centreId },
    select: {
      id: true,
      payment: true,
      totalQ: true,
      createdAt: true,
      seller: { select: { name: true } },
      centre: { select: { ...NAMES_SELECT, address: true, district: true, phone: true, hoursAz: true, hoursEn: true, hoursRu: true } },
      lines: {
        orderBy: { title: "asc" },
        select: { id: true, title: true, unitPriceQ: true, quantity: true, totalQ: true, producer: { select: { name: true } } },
      },
    },
  });
  if (!sale) return null;
  return {
    id: sale.id,
    payment: sale.payment,
    totalQ: sale.totalQ,
    createdAt: sale.createdAt.toISOString(),
    seller: sale.seller?.name ?? null,
    centre: centreName(sale.centre, locale),
    centreAddress: `${sale.centre.address}, ${sale.centre.district}`,
    centrePhone: sale.centre.phone,
    centreHours: centreHours(sale.centre, locale),
    lines: sale.lines.map((l) => ({ id: l.id, title: l.title, producer: l.producer.name, unitPriceQ: l.unitPriceQ, quantity: l.quantity, totalQ: l.totalQ })),
  };
}

/** Today's (Baku) sales at the centre, newest first, with the day's takings by how they were paid: for the till at closing. */
export async function listTodaysSales(centreId: string, now = new Date()) {
  const sales = await db.counterSale.findMany({
    where: { centreId, createdAt: { gte: bakuInstant(bakuToday(now), 0) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, payment: true, totalQ: true, createdAt: true, _count: { select: { lines: true } } },
  });
  const takings = { CASH: 0, CARD_PRESENT: 0 };
  for (const sale of sales) takings[sale.payment] += sale.totalQ;
  return {
    sales: sales.map((s) => ({ id: s.id, payment: s.payment, totalQ: s.totalQ, createdAt: s.createdAt.toISOString(), lines: s._count.lines })),
    cashQ: takings.CASH,
    cardQ: takings.CARD_PRESENT,
  };
}
