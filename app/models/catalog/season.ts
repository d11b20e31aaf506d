import { bakuMonth } from "~/utils/baku-time";

/** Months in season are a 12-bit mask: bit (m - 1) is month m. 4095 means all year. */
export const ALL_YEAR = 4095;

export function monthsToMask(months: number[]): number {
  if (months.length === 0) return ALL_YEAR;
  return months.reduce((mask, m) => mask | (1 << (m - 1)), 0);
}

/** The current month in Azerbaijan, 1–12. */
export function currentMonth(now = new Date()): number {
  return Number(bakuMonth(now).slice(5, 7));
}

export function maskToMonths(mask: number): number[] {
  const months: number[] = [];
  for (let m = 1; m <= 12; m++) if (mask & (1 << (m - 1))) months.push(m);
  return months;
}

export function isInSeason(mask: number, month: number): boolean {
  return (mask & (1 << (month - 1))) !== 0;
}
