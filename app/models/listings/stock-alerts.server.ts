import { enqueueMail, scheduleMailDelivery } from "~/models/mail/outbox.server";
import { db, Prisma, type Client, TITLES_SELECT } from "~/utils/db.server";
import { pickLocalized, type Locale } from "~/utils/i18n";
import { translatorFor } from "~/utils/locale.server";
import { currentMonth, isInSeason } from "~/models/catalog/season";
import { bakuDay, bakuInstant, bakuMonthStart } from "~/utils/baku-time";

/** The daily mail goes from this hour of the Baku morning on (once per producer and day). */
export const DIGEST_HOUR_BAKU = 9;

/** The month before `month` (1–12). */
const previousMonth = (month: number) => (month === 1 ? 12 : month - 1);

/** A season starts this month: in season now and not last month. */
export function seasonStartsIn(mask: number, month: number): boolean {
  return isInSeason(mask, month) && !isInSeason(mask, previousMonth(month));
}

export type StockItem = {
  productId: string;
  variantId: string | null;
  title: string;
  variant: string | null;
  stock: number;
  threshold: number;
  /** shoppers waiting on "notify me when in stock" */
  waiting: number;
  alerted: boolean;
};
export type SeasonStart = { productId: string; title: string; waiting: number; alerted: boolean };

const ref = db.product.fields;
const variantRef = db.variant.fields;

/**
 * What a producer should restock (published goods, or their variants, at or under their
 * threshold; sold out when 0) and whose season starts this month with shoppers waiting on
 * "notify me", with how many are waiting.
 */
export async function stockWatch(producerId: string | null, locale: Locale, now = new Date(), client: Client = db) {
  const month = currentMonth(now);
  const owner = producerId ? { producerId } : { producer: { status: "ACTIVE" as const } };
  const [products, variants, seasonal] = await Promise.all([
    client.product.findMany({
      where: { ...owner, status: "PUBLISHED", kind: "GOOD", variants: { none: {} }, stock: { lte: ref.lowStockThreshold } },
      orderBy: [{ stock: "asc" }, { titleAz: "asc" }],
      select: { id: true, producerId: true, ...TITLES_SELECT, stock: true, lowStockThreshold: true, lowStockAlertedAt: true },
    }),
    client.variant.findMany({
      where: { product: { ...owner, status: "PUBLISHED", kind: "GOOD" }, stock: { lte: variantRef.lowStockThreshold } },
      orderBy: [{ stock: "asc" }, { position: "asc" }],
      select: {
        id: true,
        nameAz: true,
        nameEn: true,
        nameRu: true,
        stock: true,
        lowStockThreshold: true,
        lowStockAlertedAt: true,
        product: { select: { id: true, producerId: true, ...TITLES_SELECT } },
      },
    }),
    client.product.findMany({
      where: { ...owner, status: "PUBLISHED", stockAlerts: { some: { kind: "SEASON", notifiedAt: null } } },
      select: { id: true, producerId: true, ...TITLES_SELECT, seasonMonths: true, seasonAlertedAt: true },
    }),
  ]);
  const starting = seasonal.filter((p) => seasonStartsIn(p.seasonMonths, month));
  const waitingIds = [...new Set([...products.map((p) => p.id), ...variants.map((v) => v.product.id), ...starting.map((p) => p.id)])];
  const waitingRows = waitingIds.length
    ? await client.stockAlert.groupBy({ by: ["productId", "kind"], where: { productId: { in: waitingIds }, notifiedAt: null }, _count: { _all: true } })
    : [];
  const waiting = (productId: string, kind: "STOCK" | "SEASON") => waitingRows.find((r) => r.productId === productId && r.kind === kind)?._count._all ?? 0;
  const monthStart = bakuMonthStart(now);
  const items: (StockItem & { producerId: string })[] = [
    ...products.map((p) => ({
      producerId: p.producerId,
      productId: p.id,
      variantId: null,
      title: pickLocalized(p, "title", locale),
      variant: null,
      stock: p.stock,
      threshold: p.lowStockThreshold,
      waiting: waiting(p.id, "STOCK"),
      alerted: p.lowStockAlertedAt !== null,
    })),
    ...variants.map((v) => ({
      producerId: v.product.producerId,
      productId: v.product.id,
      variantId: v.id,
      title: pickLocalized(v.product, "title", locale),
      variant: pickLocalized(v, "name", locale),
      stock: v.stock,
      threshold: v.lowStockThreshold,
      waiting: waiting(v.product.id, "STOCK"),
      alerted: v.lowStockAlertedAt !== null,
    })),
  ].sort((a, b) => a.stock - b.stock || a.title.localeCompare(b.title));
  const seasons: (SeasonStart & { producerId: string })[] = starting.map((p) => ({
    producerId: p.producerId,
    productId: p.id,
    title: pickLocalized(p, "title", locale),
    waiting: waiting(p.id, "SEASON"),
    alerted: p.seasonAlertedAt !== null && p.seasonAlertedAt >= monthStart,
  }));
  return { items, seasons };
}

/** The dashboard's list: what is low or sold out, and seasons starting with shoppers waiting. */
export async function producerStockWatch(producerId: string, locale: Locale, now = new Date()) {
  const { items, seasons } = await stockWatch(producerId, locale, now);
  return { items: items.map(({ producerId: _p, ...item }) => item), seasons: seasons.map(({ producerId: _p, ...season }) => season) };
}

function digestLines(locale: Locale, items: StockItem[], seasons: SeasonStart[]): string {
  const { t, plural } = translatorFor(locale);
  const lines = items.map((item) => {
    const name = item.variant ? `${item.title} (${item.variant})` : item.title;
    const state =
      item.stock === 0 ? t("dashboard.stock.mail.soldOut", { name }) : t("dashboard.stock.mail.low", { name, stock: item.stock, threshold: item.threshold });
    return `• ${state}${item.waiting ? ` ${plural("dashboard.stock.waitingStock", item.waiting)}` : ""}`;
  });
  for (const season of seasons)
    lines.push(`• ${t("dashboard.stock.mail.season", { name: season.title })} ${plural("dashboard.stock.waitingSeason", season.waiting)}`);
  return lines.join("\n");
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The daily stock and season mail. From DIGEST_HOUR_BAKU on, each active producer with news
 * (something newly low or sold out, a season starting with shoppers waiting) gets one mail to
 * each member, in the member's language. The StockDigest row (primary key: producer and Baku
 * day) is written in the same transaction as the mails, so however many app processes run
 * this, a producer gets at most one a day. Items mailed once are not mailed again until their
 * stock has been back above the threshold.
 */
export async function sendDailyStockDigests(now = new Date()): Promise<number> {
  if (now < bakuInstant(bakuDay(now), DIGEST_HOUR_BAKU)) return 0;
  // Restocked items may warn again the next time they run low.
  await db.product.updateMany({ where: { lowStockAlertedAt: { not: null }, stock: { gt: ref.lowStockThreshold } }, data: { lowStockAlertedAt: null } });
  await db.variant.updateMany({ where: { lowStockAlertedAt: { not: null }, stock: { gt: variantRef.lowStockThreshold } }, data: { lowStockAlertedAt: null } });
  const day = bakuDay(now);
  const { items, seasons } = await stockWatch(null, "az", now);
  const news = new Set([...items.filter((i) => !i.alerted).map((i) => i.producerId), ...seasons.filter((s) => !s.alerted).map((s) => s.producerId)]);
  const done = new Set(
    (await db.stockDigest.findMany({ where: { day, producerId: { in: [...news] } }, select: { producerId: true } })).map((d) => d.producerId),
  );
  let sent = 0;
  for (const producerId of news) {
    if (done.has(producerId)) continue;
    try {
      sent += await db.$transaction(async (tx) => {
        // Re-read inside the transaction: another process may have mailed since.
        const fresh = await stockWatch(producerId, "az", now, tx);
        const newItems = fresh.items.filter((i) => !i.alerted);
        const newSeasons = fresh.seasons.filter((s) => !s.alerted);
        if (newItems.length + newSeasons.length === 0) return 0;
        await tx.stockDigest.create({ data: { producerId, day, items: newItems.length + newSeasons.length } });
        const productIds = newItems.filter((i) => !i.variantId).map((i) => i.productId);
        const variantIds = newItems.flatMap((i) => (i.variantId ? [i.variantId] : []));
        if (productIds.length) await tx.product.updateMany({ where: { id: { in: productIds } }, data: { lowStockAlertedAt: now } });
        if (variantIds.length) await tx.variant.updateMany({ where: { id: { in: variantIds } }, data: { lowStockAlertedAt: now } });
        if (newSeasons.length) await tx.product.updateMany({ where: { id: { in: newSeasons.map((s) => s.productId) } }, data: { seasonAlertedAt: now } });
        const members = await tx.producerMember.findMany({
          where: { producerId, user: { active: true } },
          select: { user: { select: { email: true, locale: true } }, producer: { select: { name: true } } },
        });
        for (const { user, producer } of members) {
          const locale: Locale = user.locale ?? "az";
          // Titles in the member's language: read again for that locale.
          const local = locale === "az" ? { items: newItems, seasons: newSeasons } : await localise(tx, producerId, locale, now, newItems, newSeasons);
          await enqueueMail(
            {
              to: user.email,
              locale,
              template: "dashboard.stock.mail",
              vars: { producer: producer.name, lines: digestLines(locale, local.items, local.seasons) },
            },
            tx,
          );
        }
        return 1;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another process wrote today's digest for this producer first: nothing more to do.
    }
  }
  if (sent) scheduleMailDelivery();
  return sent;
}

/** The same items, titled in another language. */
async function localise(tx: Prisma.TransactionClient, producerId: string, locale: Locale, now: Date, items: StockItem[], seasons: SeasonStart[]) {
  const other = await stockWatch(producerId, locale, now, tx);
  const key = (i: { productId: string; variantId?: string | null }) => `${i.productId}:${i.variantId ?? ""}`;
  const itemKeys = new Set(items.map(key));
  const seasonKeys = new Set(seasons.map(key));
  return { items: other.items.filter((i) => itemKeys.has(key(i))), seasons: other.seasons.filter((s) => seasonKeys.has(key(s))) };
}
