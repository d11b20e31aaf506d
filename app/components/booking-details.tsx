import { Form } from "@remix-run/react";
import type { MessageKey } from "~/locales/types";
import type { CancellationPolicy } from "~/models/bookings/booking-policy";
import { osmLink } from "~/models/bookings/osm";
import type { ShopperOrder } from "~/models/orders/shopper-orders.server";
import { useTranslator } from "~/utils/use-translator";
import { bakuNoon } from "~/utils/baku-time";

/** An address with its map link. */
export function PlaceWithMap({ address }: { address: string }) {
  const { t } = useTranslator();
  return (
    <>
      {address}{" "}
      <a href={osmLink(address)} rel="noopener noreferrer" target="_blank">
        {t("booking.openMap")}
      </a>
    </>
  );
}

type BookingLine = { checkIn?: string | null; checkOut?: string | null; quantity: number; guests?: number; slotStartsAt?: string | null };

/** "5 dek 2026 – 7 dek 2026 · 2 gecə · 2 nəfər" for a stay, "5 dek 2026, 10:00 · 3 nəfər" for a session. */
export function BookingWhen({ line }: { line: BookingLine }) {
  const { date, dateTime, plural, weekday } = useTranslator();
  if (line.checkIn && line.checkOut) {
    const nights = line.quantity;
    return (
      <>
        {date(bakuNoon(line.checkIn))} – {date(bakuNoon(line.checkOut))} · {plural("booking.nights", nights)} · {plural("booking.people", line.guests || 1)}
      </>
    );
  }
  if (line.slotStartsAt) {
    const isoDay = ((new Date(line.slotStartsAt).getUTCDay() + 6) % 7) + 1;
    return (
      <>
        {weekday(isoDay)}, {dateTime(line.slotStartsAt)} · {plural("booking.people", line.guests || line.quantity)}
      </>
    );
  }
  return null;
}

/** The policy's name and what it promises, spelled out. */
export function PolicyText({ policy }: { policy: CancellationPolicy }) {
  const { t } = useTranslator();
  return (
    <>
      <strong>{t(`booking.policy.${policy}`)}.</strong> {t(`booking.policy.${policy}.text`)}
    </>
  );
}

/** On the shopper's order: where and when, the host's phone once confirmed, the policy and the cancel button. */
export function BookingPanel({ order, error, done }: { order: ShopperOrder; error?: MessageKey | null; done?: boolean }) {
  const { t, dateTime } = useTranslator();
  const booking = order.booking;
  if (!booking) return null;
  return (
    <section className="card stack booking-panel" aria-labelledby={`booking-${order.id}`}>
      <h2 id={`booking-${order.id}`}>{t("booking.onSiteOrder")}</h2>
      <dl className="facts">
        <dt>{order.lines[0]?.checkIn ? t("booking.address") : t("booking.meetingPoint")}</dt>
        <dd>
          <PlaceWithMap address={booking.place} />
        </dd>
        <dt>{t("booking.hostPhone")}</dt>
        <dd>
          {booking.hostPhone ? (
            <a href={`tel:${booking.hostPhone.replace(/\s/g, "")}`}>{booking.hostPhone}</a>
          ) : (
            <span className="muted">{t("booking.phoneLater")}</span>
          )}
        </dd>
        <dt>{t("booking.policy")}</dt>
        <dd>
          <PolicyText policy={booking.policy} />
        </dd>
      </dl>
      {done ? (
        <p className="notice" role="status">
          {t("booking.cancelDone")}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {t(error)}
        </p>
      ) : null}
      {order.status !== "CANCELLED" ? (
        booking.canCancel ? (
          <Form method="post" className="stack">
            <p>{t("booking.cancelUntil", { date: dateTime(booking.deadline) })}</p>
            {order.group.paymentStatus === "PAID" ? <p className="muted">{t("booking.cancelRefundCard")}</p> : null}
            <button type="submit" name="intent" value="cancelBooking" className="button--secondary">
              {t("booking.cancel")}
            </button>
          </Form>
        ) : !booking.withinPolicy ? (
          <p className="muted">{t("booking.cancelClosed", { date: dateTime(booking.deadline) })}</p>
        ) : null
      ) : null}
    </section>
  );
}
