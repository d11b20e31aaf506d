/**
 * Baku time. Azerbaijan keeps UTC+4 all year (no daylight saving since 2016), so a fixed offset is
 * exact and needs no time-zone data. Calendar days are `YYYY-MM-DD` strings, so a day never shifts
 * with the server's time zone. (Dates are shown with `timeZone: "Asia/Baku"`, see format.ts; raw SQL
 * takes Baku days and months from the dialect's `bakuDay`/`bakuMonth`, which add these hours.)
 */
export const BAKU_OFFSET_HOURS = 4;
const BAKU_OFFSET = `+${String(BAKU_OFFSET_HOURS).padStart(2, "0")}:00`;
const HOUR_MS = 60 * 60 * 1000;
export const BAKU_OFFSET_MS = BAKU_OFFSET_HOURS * HOUR_MS;

/** The Baku calendar day of an instant. */
export function bakuDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + BAKU_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in Baku, as YYYY-MM-DD (also what a date input's `min` wants). */
export function bakuToday(now = new Date()): string {
  return bakuDay(now);
}

/** This month in Baku, as YYYY-MM. */
export function bakuMonth(now = new Date()): string {
  return bakuDay(now).slice(0, 7);
}

/** The first instant of this month in Baku. */
export function bakuMonthStart(now = new Date()): Date {
  return bakuAt(`${bakuMonth(now)}-01`);
}

/**
 * The instant a Baku wall clock shows `time` (HH:MM, or HH:MM:SS.sss) on `day`. Not a check: an
 * unreal day such as 2026-02-31 rolls over, so validate days before (see `bakuDay` for a round trip).
 */
export function bakuAt(day: string, time = "00:00"): Date {
  return new Date(`${day}T${time}${BAKU_OFFSET}`);
}

/** The instant `hours` after midnight of a Baku day: 0 is its start, 24 the next day's start. */
export function bakuInstant(day: string, hours: number): Date {
  return new Date(bakuAt(day).getTime() + hours * HOUR_MS);
}

/** A Baku day as an ISO string at its noon, so it formats as that same day in every time zone. */
export function bakuNoon(day: string): string {
  return `${day}T12:00:00${BAKU_OFFSET}`;
}
