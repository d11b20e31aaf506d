import type { OrderStatus } from "~/generated/prisma/enums";
import { Link } from "@remix-run/react";
import type { CalendarDay } from "~/models/bookings/host-bookings.server";
import { useTranslator } from "~/utils/use-translator";

/** A month as a Monday-first grid: each night booked, blocked or free, or each day's sessions with their seats (linked to the guest list). */
export function BookingCalendar({
  calendar,
  linkFor,
}: {
  calendar: { kind: "EXPERIENCE" | "STAY"; days: CalendarDay[]; leadingBlanks: number };
  linkFor: (slotId: string) => string;
}) {
  const { t, time, weekday } = useTranslator();
  const short = t("dashboard.bookings.weekdaysShort").split(",");
  const cells: (CalendarDay | null)[] = [...Array.from({ length: calendar.leadingBlanks }, () => null), ...calendar.days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <table className="booking-calendar">
      <caption className="visually-hidden">{t("dashboard.bookings.month")}</caption>
      <thead>
        <tr>
          {short.map((name, i) => (
            <th key={name} scope="col" abbr={weekday(i + 1)}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((cell, i) =>
              cell ? (
                <td key={cell.day} className={cell.booked ? "is-booked" : cell.blocked ? "is-blocked" : undefined}>
                  <span className="booking-calendar__day">{Number(cell.day.slice(8))}</span>
                  {calendar.kind === "STAY" ? (
                    cell.booked ? (
                      <>
                        {t("dashboard.bookings.booked")} <span className="muted">{cell.booked}</span>
                      </>
                    ) : cell.blocked ? (
                      t("dashboard.bookings.blocked")
                    ) : cell.past ? null : (
                      <span className="muted">{t("dashboard.bookings.free")}</span>
                    )
                  ) : (
                    cell.sessions.map((s) => (
                      <Link key={s.id} to={linkFor(s.id)} className="booking-calendar__session">
                        {time(s.startsAt)}{" "}
                        {s.closed ? t("dashboard.bookings.blocked") : t("dashboard.bookings.seats", { taken: s.taken, capacity: s.capacity })}
                      </Link>
                    ))
                  )}
                </td>
              ) : (
                <td key={`blank-${w}-${i}`} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Guest = { id: string; name: string; phone: string; people: number; number: string; orderId: string; status: OrderStatus };

/** Who comes to one session. */
export function GuestListTable({ list }: { list: { title: string; startsAt: string; guests: Guest[] } }) {
  const { t, dateTime } = useTranslator();
  return (
    <section className="stack" aria-labelledby="guest-list-heading">
      <h2 id="guest-list-heading">{t("dashboard.bookings.guestListFor", { when: `${list.title}, ${dateTime(list.startsAt)}` })}</h2>
      {list.guests.length === 0 ? (
        <p>{t("dashboard.bookings.noGuests")}</p>
      ) : (
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.bookings.guest")}</th>
              <th scope="col">{t("dashboard.bookings.phone")}</th>
              <th scope="col">{t("dashboard.bookings.people")}</th>
              <th scope="col">{t("dashboard.bookings.order")}</th>
            </tr>
          </thead>
          <tbody>
            {list.guests.map((g) => (
              <tr key={g.id}>
                <td data-label={t("dashboard.bookings.guest")}>{g.name}</td>
                <td data-label={t("dashboard.bookings.phone")}>{g.phone}</td>
                <td data-label={t("dashboard.bookings.people")}>{g.people}</td>
                <td data-label={t("dashboard.bookings.order")}>
                  <Link to={`/dashboard/orders/${g.orderId}`}>{g.number}</Link> · {t(`order.status.${g.status}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type Arrival = Guest & { room: string; nights: number; checkOut: string | null };

/** Who checks in on one day. */
export function ArrivalsTable({ arrivals }: { arrivals: Arrival[] }) {
  const { t } = useTranslator();
  if (arrivals.length === 0) return <p>{t("dashboard.bookings.noGuests")}</p>;
  return (
    <table className="stack-table">
      <thead>
        <tr>
          <th scope="col">{t("dashboard.bookings.room")}</th>
          <th scope="col">{t("dashboard.bookings.guest")}</th>
          <th scope="col">{t("dashboard.bookings.phone")}</th>
          <th scope="col">{t("dashboard.bookings.people")}</th>
          <th scope="col">{t("dashboard.bookings.nights")}</th>
          <th scope="col">{t("dashboard.bookings.order")}</th>
        </tr>
      </thead>
      <tbody>
        {arrivals.map((a) => (
          <tr key={a.id}>
            <td data-label={t("dashboard.bookings.room")}>{a.room}</td>
            <td data-label={t("dashboard.bookings.guest")}>{a.name}</td>
            <td data-label={t("dashboard.bookings.phone")}>{a.phone}</td>
            <td data-label={t("dashboard.bookings.people")}>{a.people}</td>
            <td data-label={t("dashboard.bookings.nights")}>{a.nights}</td>
            <td data-label={t("dashboard.bookings.order")}>
              <Link to={`/dashboard/orders/${a.orderId}`}>{a.number}</Link> · {t(`order.status.${a.status}`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
