import { recordAudit } from "~/models/audit/audit.server";
import { reserveStock } from "~/models/catalog/inventory.server";
import { newOrderNumber } from "~/models/orders/order-number";
import { db, NAMES_SELECT, type Tx } from "~/utils/db.server";
import { qrCode } from "~/utils/qr.server";
import { NOT_FOUND, type NotFound } from "~/utils/result";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { centreName } from "./centre-names";
import type { ConsignmentInput } from "./consignment-schema";

type Titled = { titleAz: string; titleEn: string; titleRu: string };
type Named = { nameAz: string; nameEn: string; nameRu: string };

/** "Product — variant" in the page's language; the note keeps the Azerbaijani one as sent. */
export function itemTitle(product: Titled, variant: Named | null, locale: Locale): string {
  const title = pickLocalized(product, "title", locale);
  return variant ? `${title} — ${pickLocalized(variant, "name", locale)}` : title;
}

/**
 * An item's code (a good a producer sends and a centre holds: a variant, or a product without
 * variants): the variant's id, or the product's. Printed on the consignment note as text and as a QR
 * code; a scanner (a keyboard to the browser) types it, Enter included, into the counter's search field.
 */
export const itemCode = (ref: { productId: string; variantId: string | null }) => ref.variantId ?? ref.productId;

/** The producer's goods (not archived) with home stock, one row per variant or per product without variants. */
export async function listSendableItems(producerId: string, locale: Locale) {
  const products = await db.product.findMany({
    where: { producerId, kind: "GOOD", status: { not: "ARCHIVED" } },
    orderBy: { titleAz: "asc" },
    select: {
      id: true,
      titleAz: true,
      titleEn: true,
      titleRu: true,
      unit: true,
      priceQ: true,
      stock: true,
      variants: { orderBy: { position: "asc" }, select: { id: true, ...NAMES_SELECT, priceQ: true, stock: true } },
    },
  });
  return products
    .flatMap((p) =>
      p.variants.length > 0
        ? p.variants.map((v) => ({ code: v.id, title: itemTitle(p, v, locale), unit: p.unit, priceQ: v.priceQ, stock: v.stock }))
        : [{ code: p.id, title: itemTitle(p, null, locale), unit: p.unit, priceQ: p.priceQ, stock: p.stock }],
    )
    .filter((item) => item.stock > 0);
}

export type ConsignmentError =
  "consignment.centreClosed" | "consignment.unknownItem" | "consignment.notEnough" | "consignment.alreadyReceived" | "consignment.receivedTooMany" | "notFound";
export type ConsignmentResult = { ok: true; id: string } | { ok: false; error: ConsignmentError; item?: string };

/** Rolls the transaction back and says which item was short. */
class Refused extends Error {
  constructor(
    readonly error: ConsignmentError,
    readonly item?: string,
  ) {
    super(error);
  }
}

/** The producer's own good by its code (a variant of its product, or a product of its without variants), else null. */
async function producerItem(tx: Tx, producerId: string, code: string) {
  const variant = await tx.variant.findFirst({
    where: { id: code, product: { producerId, kind: "GOOD" } },
    select: { id: true, ...NAMES_SELECT, product: { select: { id: true, titleAz: true, titleEn: true, titleRu: true } } },
  });
  if (variant) return { productId: variant.product.id, variantId: variant.id, titleAz: itemTitle(variant.product, variant, "az") };
  const product = await tx.product.findFirst({
    where: { id: code, producerId, kind: "GOOD", variants: { none: {} } },
    select: { id: true, titleAz: true, titleEn: true, titleRu: true },
  });
  return product ? { productId: product.id, variantId: null, titleAz: itemTitle(product, null, "az") } : null;
}

/**
 * Sends a consignment note to an open centre: each line's quantity leaves the producer's home
 * stock in the same transaction (the conditional update checkout uses), so goods on their way to a
 * centre are never also sold online. More than is in stock refuses the whole note.
 */
export async function sendConsignment(actorId: string, producerId: string, input: ConsignmentInput, now = new Date()): Promise<ConsignmentResult> {
  try {
    return await db.$transaction(async (tx): Promise<ConsignmentResult> => {
      const centre = await tx.centre.findFirst({ where: { id: input.centreId, active: true }, select: { id: true } });
      if (!centre) throw new Refused("consignment.centreClosed");
      const merged = new Map<string, number>();
      for (const line of input.lines) merged.set(line.code, (merged.get(line.code) ?? 0) + line.quantity);
      const lines = [];
      for (const [code, quantity] of merged) {
        const item = await producerItem(tx, producerId, code);
        if (!item) throw new Refused("consignment.unknownItem");
        if (!(await reserveStock(tx, { productId: item.productId, variantId: item.variantId, slotId: null, quantity }, now))) {
          throw new Refused("consignment.notEnough", item.titleAz);
        }
        lines.push({ productId: item.productId, variantId: item.variantId, title: item.titleAz, quantity });
      }
      const consignment = await tx.consignment.create({
        data: { number: newOrderNumber(now).replace(/^AB-/, "KQ-"), producerId, centreId: centre.id, sentById: actorId, sentAt: now, lines: { create: lines } },
        select: { id: true, number: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "consignment.send",
        entityType: "Consignment",
        entityId: consignment.id,
        after: { centreId: centre.id, lines },
      });
      return { ok: true, id: consignment.id };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error, item: error.item };
    throw error;
  }
}

/**
 * The centre counts a consignment in: each line's received quantity (what was sent, unless said
 * otherwise; never more) becomes the centre's stock of that item. A shortfall stays on the note for
 * the producer and the programme to settle: it is not put back into the producer's home stock.
 * Only the staff member's own centre's notes are found, and a note is received once.
 */
export async function receiveConsignment(
  actorId: string,
  centreId: string,
  consignmentId: string,
  received: Map<string, number>,
  now = new Date(),
): Promise<ConsignmentResult | NotFound> {
  try {
    return await db.$transaction(async (tx): Promise<ConsignmentResult | NotFound> => {
      const consignment = await tx.consignment.findFirst({
        where: { id: consignmentId, centreId },
        select: { id: true, status: true, lines: { select: { id: true, productId: true, variantId: true, quantity: true } } },
      });
      if (!consignment) return NOT_FOUND;
      // Conditional, so two staff members pressing at once receive it once.
      const { count } = await tx.consignment.updateMany({
        where: { id: consignment.id, status: "SENT" },
        data: { status: "RECEIVED", receivedAt: now, receivedById: actorId },
      });
      if (count === 0) throw new Refused("consignment.alreadyReceived");
      const counted = [];
      for (const line of consignment.lines) {
        const quantity = received.get(line.id) ?? line.quantity;
        if (quantity > line.quantity) throw new Refused("consignment.receivedTooMany");
        await tx.consignmentLine.update({ where: { id: line.id }, data: { receivedQty: quantity } });
        counted.push({ lineId: line.id, sent: line.quantity, received: quantity });
        if (quantity === 0) continue;
        const code = itemCode(line);
        await tx.centreStock.upsert({
          where: { centreId_code: { centreId, code } },
          create: { centreId, code, productId: line.productId, variantId: line.variantId, quantity },
          update: { quantity: { increment: quantity } },
        });
      }
      await recordAudit(tx, { actorId, action: "consignment.receive", entityType: "Consignment", entityId: consignment.id, after: { lines: counted } });
      return { ok: true, id: consignment.id };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error, item: error.item };
    throw error;
  }
}

const NOTE_SELECT = {
  id: true,
  number: true,
  status: true,
  sentAt: true,
  receivedAt: true,
  producer: { select: { name: true, phone: true } },
  centre: { select: { ...NAMES_SELECT, address: true, district: true, phone: true } },
  sentBy: { select: { name: true } },
  receivedBy: { select: { name: true } },
  lines: { orderBy: { title: "asc" }, select: { id: true, productId: true, variantId: true, title: true, quantity: true, receivedQty: true } },
} as const;

type NoteRow = Awaited<ReturnType<typeof noteRows>>[number];
function noteRows(where: { producerId?: string; centreId?: string; id?: string; status?: "SENT" | "RECEIVED" }, take = 50) {
  return db.consignment.findMany({ where, orderBy: { sentAt: "desc" }, take, select: NOTE_SELECT });
}

function toNote(row: NoteRow, locale: Locale) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    sentAt: row.sentAt.toISOString(),
    receivedAt: row.receivedAt?.toISOString() ?? null,
    producer: row.producer.name,
    producerPhone: row.producer.phone,
    centre: centreName(row.centre, locale),
    centreAddress: `${row.centre.address}, ${row.centre.district}`,
    centrePhone: row.centre.phone,
    sentBy: row.sentBy?.name ?? null,
    receivedBy: row.receivedBy?.name ?? null,
    lines: row.lines.map((l) => ({ id: l.id, code: itemCode(l), title: l.title, quantity: l.quantity, receivedQty: l.receivedQty })),
  };
}
export type ConsignmentNote = ReturnType<typeof toNote>;

/** One note to show and print: each line with the QR code of its item code, which the counter's scanner reads. */
function toPrintedNote(row: NoteRow, locale: Locale) {
  const note = toNote(row, locale);
  return { ...note, lines: note.lines.map((line) => ({ ...line, qr: qrCode(line.code) })) };
}
export type PrintedConsignmentNote = ReturnType<typeof toPrintedNote>;

/** The producer's notes, newest first. */
export async function listProducerConsignments(producerId: string, locale: Locale) {
  return (await noteRows({ producerId })).map((row) => toNote(row, locale));
}

/** One of the producer's own notes (another producer's is not found). */
export async function getProducerConsignment(producerId: string, id: string, locale: Locale) {
  const [row] = await noteRows({ producerId, id }, 1);
  return row ? toPrintedNote(row, locale) : null;
}

/** The centre's notes: those on their way, and the last ones received. */
export async function listCentreConsignments(centreId: string, locale: Locale) {
  const [incoming, received] = await Promise.all([noteRows({ centreId, status: "SENT" }, 100), noteRows({ centreId, status: "RECEIVED" }, 20)]);
  return { incoming: incoming.map((row) => toNote(row, locale)), received: received.map((row) => toNote(row, locale)) };
}

/** One of the centre's own notes (another centre's is not found). */
export async function getCentreConsignment(centreId: string, id: string, locale: Locale) {
  const [row] = await noteRows({ centreId, id }, 1);
  return row ? toPrintedNote(row, locale) : null;
}

/** What each centre holds of the producer's goods now, and how much of it was sold at the counter. */
export async function listProducerCentreStock(producerId: string, locale: Locale) {
  const [rows, sold] = await Promise.all([
    db.centreStock.findMany({
      where: { product: { producerId } },
      orderBy: [{ centre: { nameAz: "asc" } }, { product: { titleAz: "asc" } }],
      select: {
        code: true,
        quantity: true,
        centre: { select: { id: true, ...NAMES_SELECT } },
        product: { select: { titleAz: true, titleEn: true, titleRu: true } },
        variant: { select: NAMES_SELECT },
      },
    }),
    db.counterSaleLine.groupBy({ by: ["productId", "variantId"], where: { producerId }, _sum: { quantity: true, totalQ: true, commissionQ: true } }),
  ]);
  return {
    stock: rows.map((row) => ({
      centre: centreName(row.centre, locale),
      code: row.code,
      title: itemTitle(row.product, row.variant, locale),
      quantity: row.quantity,
    })),
    sold: sold.reduce(
      (sum, row) => ({
        quantity: sum.quantity + (row._sum.quantity ?? 0),
        totalQ: sum.totalQ + (row._sum.totalQ ?? 0),
        owedQ: sum.owedQ + (row._sum.totalQ ?? 0) - (row._sum.commissionQ ?? 0),
      }),
      { quantity: 0, totalQ: 0, owedQ: 0 },
    ),
  };
}

/** The open centres a producer can send a note to. */
export async function listOpenCentres(locale: Locale) {
  const centres = await db.centre.findMany({
    where: { active: true },
    orderBy: { nameAz: "asc" },
    select: { id: true, ...NAMES_SELECT, address: true, district: true },
  });
  return centres.map((c) => ({ id: c.id, name: centreName(c, locale), address: `${c.address}, ${c.district}` }));
}
