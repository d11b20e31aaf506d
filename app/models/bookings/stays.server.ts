import { db, Prisma, type Tx } from "~/utils/db.server";
import { sql } from "~/utils/sql.server";
import { addDays, BOOKING_HORIZON_DAYS, isDay, MAX_NIGHTS, nightList, nightsBetween } from "./stay-dates";
import { stayTotalQ, type StayPrices } from "./stay-pricing";
import { bakuToday } from "~/utils/baku-time";

type Client = Tx | typeof db;

export type StayFacts = StayPrices & { id: string; maxGuests: number; minNights: number };

export const STAY_FACTS_SELECT = {
  id: true,
  priceQ: true,
  weekendPriceQ: true,
  seasonPriceQ: true,
  seasonMonths: true,
  maxGuests: true,
  minNights: true,
} satisfies Prisma.ProductSelect;

export type StayProblem =
  "stay.datesInvalid" | "stay.checkInPast" | "stay.tooFarAhead" | "stay.minNights" | "stay.maxNights" | "stay.tooManyGuests" | "stay.nightsTaken";

/** The range's own rules (dates, length, guests), before looking at what is booked. */
export function checkStayRange(
  stay: Pick<StayFacts, "maxGuests" | "minNights">,
  checkIn: string,
  nights: number,
  guests: number,
  now: Date,
): StayProblem | null {
  if (!isDay(checkIn) || !Number.isInteger(nights) || nights < 1) return "stay.datesInvalid";
  const today = bakuToday(now);
  if (checkIn < today) return "stay.checkInPast";
  if (checkIn > addDays(today, BOOKING_HORIZON_DAYS)) return "stay.tooFarAhead";
  if (nights > MAX_NIGHTS) return "stay.maxNights";
  if (nights < stay.minNights) return "stay.minNights";
  if (guests > stay.maxGuests) return "stay.tooManyGuests";
  return null;
}

/** Taken nights (booked or blocked) of some stays within [from, to). */
export async function takenNights(productIds: string[], from: string, to: string, client: Client = db) {
  if (productIds.length === 0) return [];
  return client.stayNight.findMany({
    where: { productId: { in: productIds }, night: { gte: from, lt: to } },
    select: { productId: true, night: true, orderLineId: true },
  });
}

export type StayQuote =
  { ok: true; totalQ: number; nights: number; checkIn: string; checkOut: string } | { ok: false; problem: StayProblem; minNights?: number; maxGuests?: number };

/** Whether a stay can be booked for these nights and guests now, and what it costs. */
export function quoteStay(stay: StayFacts, checkIn: string, nights: number, guests: number, taken: { night: string }[], now: Date): StayQuote {
  const problem = checkStayRange(stay, checkIn, nights, guests, now);
  if (problem) return { ok: false, problem, minNights: stay.minNights, maxGuests: stay.maxGuests };
  const wanted = new Set(nightList(checkIn, nights));
  if (taken.some((t) => wanted.has(t.night))) return { ok: false, problem: "stay.nightsTaken" };
  return { ok: true, totalQ: stayTotalQ(stay, checkIn, nights), nights, checkIn, checkOut: addDays(checkIn, nights) };
}

/** A quote read from the database (the product page and the cart). */
export async function quoteStayNow(productId: string, checkIn: string, nights: number, guests: number, now = new Date()): Promise<StayQuote | null> {
  const stay = await db.product.findFirst({ where: { id: productId, kind: "STAY" }, select: STAY_FACTS_SELECT });
  if (!stay) return null;
  if (!isDay(checkIn) || nights < 1 || nights > MAX_NIGHTS) return { ok: false, problem: "stay.datesInvalid" };
  const taken = await takenNights([productId], checkIn, addDays(checkIn, nights));
  return quoteStay(stay, checkIn, nights, guests, taken, now);
}

/**
 * Takes every night of a booking for one order line inside the caller's transaction. The
 * unique (productId, night) decides races: INSERT OR IGNORE writes only free nights, so
 * unless all of them were written the caller must roll back (returns false).
 */
export async function reserveStayNights(tx: Tx, productId: string, orderLineId: string, checkIn: string, nights: number, now: Date): Promise<boolean> {
  const rows = nightList(checkIn, nights).map((night) => Prisma.sql`(${productId}, ${night}, ${orderLineId}, ${now})`);
  const inserted = await tx.$executeRaw(sql.insertIgnoring(Prisma.sql`"StayNight"`, Prisma.sql`"productId", "night", "orderLineId", "createdAt"`, rows));
  return inserted === nights;
}

export function nightsOfRange(checkIn: string, checkOut: string) {
  return isDay(checkIn) && isDay(checkOut) ? nightsBetween(checkIn, checkOut) : 0;
}
