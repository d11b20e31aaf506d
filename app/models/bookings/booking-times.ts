import { bakuInstant } from "~/utils/baku-time";
import { CHECK_IN_HOUR } from "./stay-dates";

/** When a booking begins: its session, or check-in at 14:00 Baku time. */
export function bookingStart(line: { checkIn: string | null; slot: { startsAt: Date | string } | null } | null): Date | null {
  if (!line) return null;
  if (line.checkIn) return bakuInstant(line.checkIn, CHECK_IN_HOUR);
  return line.slot ? new Date(line.slot.startsAt) : null;
}
