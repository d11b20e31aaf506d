import { Link, useLocation } from "@remix-run/react";
import { isoWeekday } from "~/models/bookings/stay-dates";
import { useTranslator } from "~/utils/use-translator";
import { bakuDay, bakuNoon } from "~/utils/baku-time";

type Session = { id: string; startsAt: string; seatsLeft: number };

/**
 * Upcoming sessions grouped by their Baku date, each date headed with its weekday; the next ones
 * first. The page shows a limited number: links lead to later dates (`?from=`) and back.
 */
export function SessionPicker({ slots, from = null, moreFrom = null }: { slots: Session[]; from?: string | null; moreFrom?: string | null }) {
  const { t, date, time, weekday, plural } = useTranslator();
  const { pathname } = useLocation();
  const open = slots.filter((s) => s.seatsLeft > 0);
  const paging =
    from || moreFrom ? (
      <p className="sessions__more cluster">
        {from ? <Link to={`${pathname}#sessions`}>{t("booking.firstDates")}</Link> : null}
        {moreFrom ? <Link to={`${pathname}?from=${moreFrom}#sessions`}>{t("booking.moreDates", { date: date(bakuNoon(moreFrom)) })}</Link> : null}
      </p>
    ) : null;
  if (open.length === 0) {
    return (
      <div id="sessions">
        <p className="muted">{t("booking.noSessions")}</p>
        {paging}
      </div>
    );
  }
  const days = new Map<string, Session[]>();
  for (const slot of open) {
    const day = bakuDay(new Date(slot.startsAt));
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  let first = true;
  return (
    <fieldset className="field sessions" id="sessions">
      <legend>{t("booking.sessions")}</legend>
      {[...days.entries()].map(([day, sessions]) => (
        <div key={day} className="sessions__day">
          <p className="sessions__date">
            <strong>{weekday(isoWeekday(day))}</strong>, {date(bakuNoon(day))}
          </p>
          {sessions.map((slot) => {
            const checked = first;
            first = false;
            return (
              <label key={slot.id} className="slot-option">
                <input type="radio" name="slotId" value={slot.id} required defaultChecked={checked} />
                {time(slot.startsAt)} — {plural("product.seatsLeft", slot.seatsLeft)}
              </label>
            );
          })}
        </div>
      ))}
      {paging}
    </fieldset>
  );
}
