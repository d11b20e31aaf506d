import { enqueueMail } from "~/models/mail/outbox.server";
import { recipientLocale } from "~/models/mail/recipient-locale";
import { enqueueJob, type ClaimedJob } from "~/models/outbox/outbox.server";
import { checkoutLinkPath } from "~/models/payments/order-links.server";
import { db, type Prisma } from "~/utils/db.server";
import { isLocale } from "~/utils/i18n";
import { translatorFor } from "~/utils/locale.server";
import { bookingStart } from "./booking-times";
import { osmLink } from "./osm";

type Client = Prisma.TransactionClient | typeof db;

const bookingSelect = {
  id: true,
  number: true,
  status: true,
  address: true,
  groupId: true,
  producer: { select: { name: true, phone: true } },
  group: { select: { email: true, locale: true, name: true, phone: true, paymentMethod: true, paymentStatus: true, user: { select: { locale: true } } } },
  lines: { take: 1, select: { title: true, quantity: true, guests: true, checkIn: true, checkOut: true, slot: { select: { startsAt: true } } } },
} satisfies Prisma.OrderSelect;

type Booking = Prisma.OrderGetPayload<{ select: typeof bookingSelect }>;

/** When and for how many, in the reader's language: "5 dek 2026, 10:00 · 3 nəfər" or "5 dek 2026 – 7 dek 2026 · 2 gecə · 2 nəfər". */
function describe(booking: Booking, locale: string) {
  const tr = translatorFor(isLocale(locale) ? locale : "az");
  const line = booking.lines[0];
  const people = tr.plural("booking.people", line?.guests || line?.quantity || 1);
  if (line?.checkIn && line.checkOut) {
    return { when: `${tr.date(`${line.checkIn}T12:00:00+04:00`)} – ${tr.date(`${line.checkOut}T12:00:00+04:00`)} · ${tr.plural("booking.nights", line.quantity)}`, people };
  }
  return { when: line?.slot ? tr.dateTime(line.slot.startsAt) : "", people };
}

/** Everything a booking mail names: what, when, for how many, where, the host's phone and the order's link. */
export async function bookingMailVars(client: Client, orderId: string, locale: string) {
  const booking = await client.order.findUniqueOrThrow({ where: { id: orderId }, select: bookingSelect });
  const { when, people } = describe(booking, locale);
  return {
    number: booking.number,
    title: booking.lines[0]?.title ?? "",
    when,
    people,
    place: booking.address,
    map: osmLink(booking.address),
    host: booking.producer.name,
    phone: booking.producer.phone,
    guest: booking.group.name,
    guestPhone: booking.group.phone,
    link: checkoutLinkPath(booking.groupId),
  };
}

/**
 * Queues the reminder for the day before the booking in the caller's transaction (a booking
 * placed less than a day ahead gets none). The job decides when it runs whether it still applies.
 */
export async function scheduleBookingReminder(tx: Prisma.TransactionClient, orderId: string, now: Date) {
  const booking = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { lines: { take: 1, select: { checkIn: true, slot: { select: { startsAt: true } } } } } });
  const startsAt = bookingStart(booking.lines[0] ?? null);
  if (!startsAt) return;
  const runAt = new Date(startsAt.getTime() - 24 * 60 * 60 * 1000);
  if (runAt <= now) return;
  await enqueueJob(tx, { kind: "BOOKING_REMINDER", key: `reminder:${orderId}`, payload: { orderId }, runAt });
}

/**
 * Outbox: the reminder mail, only for a booking that still stands (not cancelled, and a card
 * booking only once paid); otherwise the job is simply done.
 */
export async function runBookingReminderJob(job: ClaimedJob) {
  const { orderId } = job.payload as { orderId: string };
  await db.$transaction(async (tx) => {
    const booking = await tx.order.findUnique({ where: { id: orderId }, select: bookingSelect });
    if (!booking || booking.status === "CANCELLED" || booking.status === "COMPLETED") return;
    if (booking.group.paymentMethod === "CARD" && booking.group.paymentStatus !== "PAID") return;
    const locale = recipientLocale(booking.group.user?.locale, booking.group.locale);
    await enqueueMail({ to: booking.group.email, locale, template: "booking.mail.reminder", vars: await bookingMailVars(tx, orderId, locale) }, tx);
  });
}

/** The host's members hear of a booking the shopper cancelled, each in their account's language, else the booking's. */
export async function notifyHostOfCancellation(tx: Prisma.TransactionClient, producerId: string, orderId: string) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { group: { select: { locale: true } } } });
  const members = await tx.producerMember.findMany({ where: { producerId }, select: { user: { select: { email: true, locale: true } } } });
  for (const { user } of members) {
    const locale = recipientLocale(user.locale, order.group.locale);
    await enqueueMail({ to: user.email, locale, template: "booking.mail.hostCancelled", vars: await bookingMailVars(tx, orderId, locale) }, tx);
  }
}
