/**
 * Calendar days of stays as `YYYY-MM-DD` strings in Baku time (UTC+4 all year). A night is
 * named by the date of its evening: a stay from the 5th to the 7th takes the nights of the 5th
 * and the 6th. Strings, not Dates, so a night never shifts with a server's time zone.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Guests arrive from 14:00 and leave by 12:00, Baku time. */
export const CHECK_IN_HOUR = 14;
/** The longest stay one booking may hold, and how far ahead a stay can be booked. */
export const MAX_NIGHTS = 30;
export const BOOKING_HORIZON_DAYS = 365;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(day: string): number | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === day ? ms : null;
}

export function isDay(value: unknown): value is string {
  return typeof value === "string" && toUtcMs(value) !== null;
}

export function addDays(day: string, days: number): string {
  return new Date(toUtcMs(day)! + days * DAY_MS).toISOString().slice(0, 10);
}

/** Nights from check-in to check-out (negative or zero when the order is wrong). */
export function nightsBetween(checkIn: string, checkOut: string): number {
  return Math.round((toUtcMs(checkOut)! - toUtcMs(checkIn)!) / DAY_MS);
}

/** The nights a stay takes, by their evening's date. */
export function nightList(checkIn: string, nights: number): string[] {
  return Array.from({ length: nights }, (_, i) => addDays(checkIn, i));
}

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  const utcDay = new Date(toUtcMs(day)!).getUTCDay();
  return utcDay === 0 ? 7 : utcDay;
}

/** 1–12 */
export function monthOf(day: string): number {
  return Number(day.slice(5, 7));
}

/** `YYYY-MM` of a day, and the days of a month as a calendar grid from Monday. */
export function monthDays(month: string): { days: string[]; leadingBlanks: number } {
  const first = `${month}-01`;
  const days: string[] = [];
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  return { days, leadingBlanks: isoWeekday(first) - 1 };
}

export function isMonth(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}$/.test(value) && isDay(`${value}-01`);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
