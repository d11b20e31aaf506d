import { bakuDay, isoWeekday } from "~/models/bookings/stay-dates";
import { dayAsDate } from "~/components/booking-details";
import { useTranslator } from "~/utils/use-translator";

type Session = { id: string; startsAt: string; seatsLeft: number };

/** Upcoming sessions grouped by their Baku date, each date headed with its weekday; the next ones first. */
export function SessionPicker({ slots }: { slots: Session[] }) {
  const { t, date, time, weekday, plural } = useTranslator();
  const open = slots.filter((s) => s.seatsLeft > 0);
  if (open.length === 0) return <p className="muted">{t("booking.noSessions")}</p>;
  const days = new Map<string, Session[]>();
  for (const slot of open) {
    const day = bakuDay(new Date(slot.startsAt));
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  let first = true;
  return (
    <fieldset className="field sessions">
      <legend>{t("booking.sessions")}</legend>
      {[...days.entries()].map(([day, sessions]) => (
        <div key={day} className="sessions__day">
          <p className="sessions__date">
            <strong>{weekday(isoWeekday(day))}</strong>, {date(dayAsDate(day))}
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
    </fieldset>
  );
}
