import { z } from "zod";
import { bakuMonth } from "~/utils/baku-time";
import { isOneOf } from "~/utils/one-of";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function addMonths(month: string, delta: number) {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string) {
  const months: string[] = [];
  for (let m = from; m <= to && months.length < 120; m = addMonths(m, 1)) months.push(m);
  return months;
}

const month = z.string().regex(MONTH).optional().catch(undefined);
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,60}$/)
  .optional()
  .catch(undefined);

const reportQuerySchema = z.object({ from: month, to: month, region: slug, sector: slug });

export type ReportFilters = { from: string; to: string; region?: string; sector?: string };

export const MAX_REPORT_MONTHS = 36;
/** The calendar the report can be asked about; months outside it are refused, not guessed at. */
export const FIRST_REPORT_MONTH = "2000-01";
export const LAST_REPORT_MONTH = "2099-12";

/** The message for a well-formed month outside the report's calendar (HTTP 400), or null. */
export function reportRangeError(params: URLSearchParams) {
  for (const key of ["from", "to"]) {
    const value = params.get(key);
    if (value && MONTH.test(value) && (value < FIRST_REPORT_MONTH || value > LAST_REPORT_MONTH)) return "admin.reports.outOfRange" as const;
  }
  return null;
}

/**
 * The report's query string: a month range (the last 12 months by default, at most 36),
 * a region and a sector. Anything unreadable falls back to the default; callers refuse
 * months outside the calendar first (`reportRangeError`).
 */
export function parseReportFilters(params: URLSearchParams, now = new Date()): ReportFilters {
  const raw: Record<string, string> = {};
  for (const key of ["from", "to", "region", "sector"]) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  const parsed = reportQuerySchema.parse(raw);
  let to = parsed.to ?? bakuMonth(now);
  let from = parsed.from ?? addMonths(to, -11);
  if (from > to) [from, to] = [to, from];
  if (monthsBetween(from, to).length >= MAX_REPORT_MONTHS) from = addMonths(to, -(MAX_REPORT_MONTHS - 1));
  return { from, to, region: parsed.region, sector: parsed.sector };
}

export function reportQueryString(filters: ReportFilters) {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.region) params.set("region", filters.region);
  if (filters.sector) params.set("sector", filters.sector);
  return params.toString();
}

export const REPORT_TABLES = ["summary", "monthly", "regions", "sectors", "searches", "notify-regions", "notify-products"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export function isReportTable(value: string): value is ReportTable {
  return isOneOf(REPORT_TABLES, value);
}
