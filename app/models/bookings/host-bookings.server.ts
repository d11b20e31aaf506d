import { db, Prisma } from "~/utils/db.server";
import { sql } from "~/utils/sql.server";
import { isDay, isMonth, monthDays } from "./stay-dates";
import { bakuDay, bakuInstant, bakuToday } from "~/utils/baku-time";

/** A producer's experiences and stays, for the picker of the bookings page. */
export async function listBookables(producerId: string) {
  const listings = await db.product.findMany({
    where: { producerId, kind: { in: ["EXPERIENCE", "STAY"] }, status: { not: "ARCHIVED" } },
    orderBy: [{ kind: "desc" }, { titleAz: "asc" }],
    select: { id: true, titleAz: true, kind: true },
  });
  return listings.map((l) => ({ id: l.id, title: l.titleAz, kind: l.kind as "EXPERIENCE" | "STAY" }));
}

export type CalendarDay = {
  day: string;
  past: boolean;
  /** stays: the night is booked (with the order's number) or blocked by the family */
  booked: string | null;
  blocked: boolean;
  /** experiences: the sessions that day */
  sessions: { id: string; startsAt: string; taken: number; capacity: number; closed: boolean }[];
};

/** One month of a room's nights or an experience's sessions, day by day (Baku days), for the host. */
export async function bookingCalendar(producerId: string, productId: string, month: string, now = new Date()) {
  const listing = await db.product.findFirst({ where: { id: productId, producerId, kind: { in: ["EXPERIENCE", "STAY"] } }, select: { id: true, kind: true } });
  if (!listing || !isMonth(month)) return null;
  const { days, leadingBlanks } = monthDays(month);
  const first = days[0];
  const last = days[days.length - 1];
  const today = bakuToday(now);
  const nights =
    listing.kind === "STAY"
      ? await db.stayNight.findMany({
          where: { productId, night: { gte: first, lte: last } },
          select: { night: true, orderLine: { select: { order: { select: { number: true } } } } },
        })
      : [];
  const slots =
    listing.kind === "EXPERIENCE"
      ? await db.slot.findMany({
          where: { productId, startsAt: { gte: bakuInstant(first, 0), lt: bakuInstant(last, 24) } },
          orderBy: { startsAt: "asc" },
          select: { id: true, startsAt: true, seatsTaken: true, capacity: true, closed: true },
        })
      : [];
  const calendar: CalendarDay[] = days.map((day) => {
    const night = nights.find((n) => n.night === day);
    return {
      day,
      past: day < today,
      booked: night?.orderLine ? night.orderLine.order.number : null,
      blocked: !!night && !night.orderLine,
      sessions: slots
        .filter((s) => bakuDay(s.startsAt) === day)
        .map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), taken: s.seatsTaken, capacity: s.capacity, closed: s.closed })),
    };
  });
  return { kind: listing.kind as "EXPERIENCE" | "STAY", days: calendar, leadingBlanks };
}

export type BlockResult = { ok: true } | { ok: false; error: "dashboard.bookings.error.booked" | "dashboard.bookings.error.past" | "notFound" };

/**
 * The family blocks a day (a family event, repairs) or opens it again. A stay's night gets a
 * row with no order line, so the same unique index that stops double bookings keeps shoppers
 * off it; a booked night cannot be blocked. An experience's sessions that day close or reopen.
 */
export async function setDayBlocked(producerId: string, productId: string, day: string, blocked: boolean, now = new Date()): Promise<BlockResult> {
  const listing = await db.product.findFirst({ where: { id: productId, producerId, kind: { in: ["EXPERIENCE", "STAY"] } }, select: { id: true, kind: true } });
  if (!listing || !isDay(day)) return { ok: false, error: "notFound" };
  if (day < bakuToday(now)) return { ok: false, error: "dashboard.bookings.error.past" };
  if (listing.kind === "EXPERIENCE") {
    await db.slot.updateMany({ where: { productId, startsAt: { gte: bakuInstant(day, 0), lt: bakuInstant(day, 24) } }, data: { closed: blocked } });
    return { ok: true };
  }
  if (!blocked) {
    await db.stayNight.deleteMany({ where: { productId, night: day, orderLineId: null } });
    return { ok: true };
  }
  const inserted = await db.$executeRaw(
    sql.insertIgnoring(Prisma.sql`"StayNight"`, Prisma.sql`"productId", "night", "createdAt"`, [Prisma.sql`(${productId}, ${day}, ${now})`]),
  );
  if (inserted === 1) return { ok: true };
  const existing = await db.stayNight.findUnique({ where: { productId_night: { productId, night: day } }, select: { orderLineId: true } });
  return existing?.orderLineId ? { ok: false, error: "dashboard.bookings.error.booked" } : { ok: true };
}

const ACTIVE = { notIn: ["CANCELLED" as const] };

/** Who comes to one session: each booking's guest, phone, people and order. */
export async function sessionGuestList(producerId: string, slotId: string) {
  const slot = await db.slot.findFirst({
    where: { id: slotId, product: { producerId } },
    select: { id: true, startsAt: true, product: { select: { titleAz: true } } },
  });
  if (!slot) return null;
  const lines = await db.orderLine.findMany({
    where: { slotId, order: { producerId, status: ACTIVE } },
    orderBy: { order: { placedAt: "asc" } },
    select: { id: true, quantity: true, order: { select: { id: true, number: true, status: true, group: { select: { name: true, phone: true } } } } },
  });
  return {
    title: slot.product.titleAz,
    startsAt: slot.startsAt.toISOString(),
    guests: lines.map((l) => ({
      id: l.id,
      name: l.order.group.name,
      phone: l.order.group.phone,
      people: l.quantity,
      number: l.order.number,
      orderId: l.order.id,
      status: l.order.status,
    })),
  };
}

/** Who arrives at the family's rooms on one day: every stay checking in. */
export async function arrivalsOn(producerId: string, day: string) {
  if (!isDay(day)) return [];
  const lines = await db.orderLine.findMany({
    where: { checkIn: day, order: { producerId, status: ACTIVE } },
    orderBy: { title: "asc" },
    select: {
      id: true,
      title: true,
      quantity: true,
      guests: true,
      checkOut: true,
      order: { select: { id: true, number: true, status: true, group: { select: { name: true, phone: true } } } },
    },
  });
  return lines.map((l) => ({
    id: l.id,
    room: l.title,
    name: l.order.group.name,
    phone: l.order.group.phone,
    people: l.guests,
    nights: l.quantity,
    checkOut: l.checkOut,
    number: l.order.number,
    orderId: l.order.id,
    status: l.order.status,
  }));
}
