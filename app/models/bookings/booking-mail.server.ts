import { enqueueMail } from "~/models/mail/outbox.server";
import type { MailBlock } from "~/models/mail/layout.server";
import { enqueueJob, type ClaimedJob } from "~/models/outbox/outbox.server";
import { checkoutLinkPath } from "~/models/payments/order-links.server";
import { db, type Prisma, type Client } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Translator } from "~/utils/i18n";
import { bookingStart } from "./booking-times";
import { osmLink } from "./osm";
import { bakuNoon } from "~/utils/baku-time";

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

/**
 * One booking as a block of facts in the reader's language: what, when (a session's date and time,
 * or a stay's check-in and check-out with its nights), for how many, where with its map link, and
 * the host's phone for the guest or the guest's for the host.
 */
function bookingFacts(translator: Translator, booking: Booking, reader: "guest" | "host"): MailBlock {
  const { t, plural, date, dateTime } = translator;
  const line = booking.lines[0];
  const rows: { label: string; value: string }[] = [{ label: "", value: line?.title ?? "" }];
  if (line?.checkIn && line.checkOut) {
    rows.push({ label: t("booking.checkIn"), value: date(bakuNoon(line.checkIn)) });
    rows.push({ label: t("booking.checkOut"), value: `${date(bakuNoon(line.checkOut))} · ${plural("booking.nights", line.quantity)}` });
  } else if (line?.slot) {
    rows.push({ label: t("mail.when"), value: dateTime(line.slot.startsAt) });
  }
  rows.push({ label: t("booking.guests"), value: plural("booking.people", line?.guests || line?.quantity || 1) });
  if (booking.address) {
    rows.push({ label: t(line?.checkIn ? "booking.address" : "booking.meetingPoint"), value: booking.address });
    rows.push({ label: t("booking.openMap"), value: osmLink(booking.address) });
  }
  if (line?.checkIn) rows.push({ label: "", value: t("booking.checkInTimes") });
  if (reader === "guest") rows.push({ label: t("booking.host"), value: [booking.producer.name, booking.producer.phone].filter(Boolean).join(", ") });
  else rows.push({ label: t("dashboard.bookings.guest"), value: [booking.group.name, booking.group.phone].filter(Boolean).join(", ") });
  return { kind: "facts", title: t("mail.orderTitle", { number: booking.number, producer: booking.producer.name }), rows };
}

const action = (label: string, path: string): MailBlock => ({ kind: "action", label, url: `${env().APP_URL}${path}` });

/**
 * A booking mail in the common layout (text and HTML): a short body, the booking's facts and one
 * link: the order for the guest, the bookings calendar for the host.
 */
async function enqueueBookingMail(
  client: Client,
  orderId: string,
  mail: { to: string; locale: string | null | undefined; pageLocale?: string | null; template: BookingMailTemplate; reader: "guest" | "host" },
) {
  const booking = await client.order.findUniqueOrThrow({ where: { id: orderId }, select: bookingSelect });
  await enqueueMail(
    {
      to: mail.to,
      locale: mail.locale,
      pageLocale: mail.pageLocale,
      template: mail.template,
      signature: "ABAD Market",
      vars: { number: booking.number, title: booking.lines[0]?.title ?? "", guest: booking.group.name },
      details: (translator) => [
        bookingFacts(translator, booking, mail.reader),
        mail.reader === "guest"
          ? action(translator.t("mail.openOrder"), checkoutLinkPath(booking.groupId))
          : action(translator.t("booking.mail.openBookings"), "/dashboard/bookings"),
      ],
    },
    client,
  );
}

type BookingMailTemplate = "booking.mail.reminder" | "booking.mail.hostNew" | "booking.mail.hostCancelled";

/** The host's members hear of a new or cancelled booking, each in their account's language, else the booking's. */
export async function notifyHost(
  tx: Prisma.TransactionClient,
  producerId: string,
  orderId: string,
  template: Exclude<BookingMailTemplate, "booking.mail.reminder">,
) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { group: { select: { locale: true } } } });
  const members = await tx.producerMember.findMany({ where: { producerId }, select: { user: { select: { email: true, locale: true } } } });
  for (const { user } of members) {
    await enqueueBookingMail(tx, orderId, {
      to: user.email,
      locale: user.locale,
      pageLocale: order.group.locale,
      template,
      reader: "host",
    });
  }
}

/**
 * Queues the reminder for the day before the booking in the caller's transaction (a booking
 * placed less than a day ahead gets none). The job decides when it runs whether it still applies.
 */
export async function scheduleBookingReminder(tx: Prisma.TransactionClient, orderId: string, now: Date) {
  const booking = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { lines: { take: 1, select: { checkIn: true, slot: { select: { startsAt: true } } } } },
  });
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
    await enqueueBookingMail(tx, orderId, {
      to: booking.group.email,
      locale: booking.group.user?.locale,
      pageLocale: booking.group.locale,
      template: "booking.mail.reminder",
      reader: "guest",
    });
  });
}
