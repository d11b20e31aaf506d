import { db } from "~/utils/db.server";
import { findOwnListing } from "~/models/listings/listings.server";
import { NOT_FOUND, type NotFound } from "~/utils/result";
import { type SlotInput, type WeeklySlotsInput } from "~/models/listings/slot-schema";
// Slots are typed in Baku time.
import { bakuAt } from "~/utils/baku-time";

export type SlotError = "dashboard.slots.inPast" | "dashboard.slots.belowBooked" | "dashboard.slots.notExperience" | "dashboard.slots.duplicate";

export type SlotResult = { ok: true; created?: number; skipped?: number } | { ok: false; error: SlotError; field?: string } | NotFound;

/** Upcoming slots first, then the last few past ones for reference. */
export async function listSlots(producerId: string, productId: string, now = new Date()) {
  if (!(await findOwnListing(producerId, productId))) return NOT_FOUND;
  const [upcoming, past] = await Promise.all([
    db.slot.findMany({
      where: { productId, product: { producerId }, startsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: 200,
      select: { id: true, startsAt: true, capacity: true, seatsTaken: true, closed: true },
    }),
    db.slot.findMany({
      where: { productId, product: { producerId }, startsAt: { lt: now } },
      orderBy: { startsAt: "desc" },
      take: 10,
      select: { id: true, startsAt: true, capacity: true, seatsTaken: true, closed: true },
    }),
  ]);
  return { upcoming, past };
}

export async function addSlot(producerId: string, productId: string, input: SlotInput, now = new Date()): Promise<SlotResult> {
  const product = await findOwnListing(producerId, productId);
  if (!product) return NOT_FOUND;
  if (product.kind !== "EXPERIENCE") return { ok: false, error: "dashboard.slots.notExperience" };
  const startsAt = bakuAt(input.date, input.time);
  if (startsAt <= now) return { ok: false, error: "dashboard.slots.inPast", field: "date" };
  const existing = await db.slot.count({ where: { productId: product.id, startsAt } });
  if (existing) return { ok: false, error: "dashboard.slots.duplicate", field: "time" };
  await db.slot.create({ data: { productId: product.id, startsAt, capacity: input.capacity } });
  return { ok: true, created: 1 };
}

/** The dates of `weeks` weekly slots from the first `weekday` on or after `fromDate` (all in Baku time). */
export function weeklyDates(input: Pick<WeeklySlotsInput, "weekday" | "fromDate" | "weeks" | "time">): Date[] {
  const from = new Date(`${input.fromDate}T00:00:00Z`);
  const isoWeekday = ((from.getUTCDay() + 6) % 7) + 1;
  const offset = (input.weekday - isoWeekday + 7) % 7;
  const dates: Date[] = [];
  for (let week = 0; week < input.weeks; week++) {
    const day = new Date(from.getTime() + (offset + week * 7) * 86_400_000);
    dates.push(bakuAt(day.toISOString().slice(0, 10), input.time));
  }
  return dates;
}

/** Adds a slot every week; refuses when the first would already be past; skips dates that already have a slot. */
export async function addWeeklySlots(producerId: string, productId: string, input: WeeklySlotsInput, now = new Date()): Promise<SlotResult> {
  const product = await findOwnListing(producerId, productId);
  if (!product) return NOT_FOUND;
  if (product.kind !== "EXPERIENCE") return { ok: false, error: "dashboard.slots.notExperience" };
  const dates = weeklyDates(input);
  if (dates[0] <= now) return { ok: false, error: "dashboard.slots.inPast", field: "fromDate" };
  return db.$transaction(async (tx) => {
    const existing = await tx.slot.findMany({
      where: { productId: product.id, startsAt: { in: dates } },
      select: { startsAt: true },
    });
    const taken = new Set(existing.map((slot) => slot.startsAt.getTime()));
    const fresh = dates.filter((date) => !taken.has(date.getTime()));
    if (fresh.length) {
      await tx.slot.createMany({ data: fresh.map((startsAt) => ({ productId: product.id, startsAt, capacity: input.capacity })) });
    }
    return { ok: true as const, created: fresh.length, skipped: dates.length - fresh.length };
  });
}

function findOwnSlot(producerId: string, productId: string, slotId: string) {
  return db.slot.findFirst({
    where: { id: slotId, productId, product: { producerId } },
    select: { id: true, seatsTaken: true, startsAt: true },
  });
}

/**
 * Changes a slot's capacity, never below the seats already booked. The check is repeated in the
 * UPDATE's WHERE so a booking landing at the same moment cannot slip under it.
 */
export async function setSlotCapacity(producerId: string, productId: string, slotId: string, capacity: number): Promise<SlotResult> {
  const slot = await findOwnSlot(producerId, productId, slotId);
  if (!slot) return NOT_FOUND;
  if (capacity < slot.seatsTaken) return { ok: false, error: "dashboard.slots.belowBooked", field: "capacity" };
  const { count } = await db.slot.updateMany({
    where: { id: slot.id, seatsTaken: { lte: capacity } },
    data: { capacity },
  });
  return count === 1 ? { ok: true } : { ok: false, error: "dashboard.slots.belowBooked", field: "capacity" };
}

/** A closed slot takes no new bookings; existing bookings stay (the lead's orders page handles them). */
export async function setSlotClosed(producerId: string, productId: string, slotId: string, closed: boolean): Promise<SlotResult> {
  const slot = await findOwnSlot(producerId, productId, slotId);
  if (!slot) return NOT_FOUND;
  await db.slot.update({ where: { id: slot.id }, data: { closed } });
  return { ok: true };
}
