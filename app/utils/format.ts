/**
 * The one place numbers, money, dates, weekdays, months and durations become text.
 *
 * Azerbaijani is formatted here by hand, with the month and weekday names from the message
 * files: browsers that ship a reduced ICU (Debian's Chromium among them) have no `az` data and
 * would print `₼ 7.00` or `2026 M12 5`, so the browser's text would differ from the server's and
 * React would throw the server HTML away. English and Russian data is in every browser, so they
 * keep `Intl`. Times are Baku local time: Azerbaijan has kept UTC+4 all year since 2016.
 */
import { BAKU_OFFSET_MS } from "~/utils/baku-time";

export type FormatLocale = "az" | "en" | "ru";

export type Formatter = {
  money: (qepik: number) => string;
  number: (value: number, fractionDigits?: number) => string;
  percent: (ratio: number) => string;
  pluralCategory: (count: number) => Intl.LDMLPluralRule;
  /** 5 dek 2026 */
  date: (value: Date | string) => string;
  /** 5 dek 2026, 10:00 */
  dateTime: (value: Date | string) => string;
  /** 10:00 */
  time: (value: Date | string) => string;
  /** a calendar day `YYYY-MM-DD` as "5 dek" */
  dayMonth: (day: string) => string;
  /** 1–12 → "dekabr" */
  month: (month: number) => string;
  /** ISO weekday 1 (Monday) – 7 → "bazar ertəsi" */
  weekday: (isoDay: number) => string;
  /** minutes → "2,5 saat" */
  hours: (minutes: number) => string;
};

/** Message keys holding comma-separated names, read for Azerbaijani. */
export const NAME_KEYS = {
  months: "format.months",
  monthsShort: "format.monthsShort",
  weekdays: "format.weekdays",
} as const;

const NBSP = "\u00a0";

const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** The wall clock in Baku, read from a shifted UTC date. */
function bakuParts(value: Date | string) {
  const shifted = new Date(toDate(value).getTime() + BAKU_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Azerbaijani digits: "." groups thousands, "," marks decimals (as CLDR and the banks write it). */
function azNumber(value: number, minFraction: number, maxFraction: number): string {
  const negative = value < 0;
  const factor = 10 ** maxFraction;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  let [whole, fraction = ""] = rounded.toFixed(maxFraction).split(".");
  while (fraction.length > minFraction && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const text = fraction ? `${whole},${fraction}` : whole;
  return negative && rounded !== 0 ? `-${text}` : text;
}

function names(messages: Record<string, string>, key: string, count: number): string[] {
  const list = (messages[key] ?? "").split(",").map((s) => s.trim());
  // A missing key must not crash a page: fall back to numbers, which still match on both sides.
  return list.length === count ? list : Array.from({ length: count }, (_, i) => String(i + 1));
}

function azFormatter(messages: Record<string, string>, durationTemplate: string): Formatter {
  const months = names(messages, NAME_KEYS.months, 12);
  const monthsShort = names(messages, NAME_KEYS.monthsShort, 12);
  const weekdays = names(messages, NAME_KEYS.weekdays, 7);
  const number = (value: number, fractionDigits?: number) => azNumber(value, fractionDigits ?? 0, fractionDigits ?? 3);
  const date = (value: Date | string) => {
    const p = bakuParts(value);
    return `${p.day} ${monthsShort[p.month - 1]} ${p.year}`;
  };
  const time = (value: Date | string) => {
    const p = bakuParts(value);
    return `${pad2(p.hour)}:${pad2(p.minute)}`;
  };
  return {
    money: (qepik) => `${azNumber(qepik / 100, 2, 2)}${NBSP}₼`,
    number,
    percent: (ratio) => `${azNumber(ratio * 100, 0, 1)}%`,
    pluralCategory: (count) => (count === 1 ? "one" : "other"),
    date,
    dateTime: (value) => `${date(value)}, ${time(value)}`,
    time,
    dayMonth: (day) => {
      const [, m, d] = day.split("-").map(Number);
      return `${d} ${monthsShort[m - 1]}`;
    },
    month: (month) => months[month - 1],
    weekday: (isoDay) => weekdays[isoDay - 1],
    hours: (minutes) => durationTemplate.replace("{hours}", number(Math.round((minutes / 60) * 10) / 10)),
  };
}

const INTL_TAG = { en: "en-GB", ru: "ru-RU" } as const;

/** An Intl object built on first use: pages use two or three of them, and each costs milliseconds to build. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

function intlFormatter(locale: "en" | "ru", durationTemplate: string): Formatter {
  const tag = INTL_TAG[locale];
  const money = lazy(() => new Intl.NumberFormat(tag, { style: "currency", currency: "AZN", currencyDisplay: "narrowSymbol" }));
  const numbers = new Map<number | undefined, Intl.NumberFormat>();
  const numberFormat = (digits?: number) => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(tag, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f;
  };
  const percent = lazy(() => new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }));
  const plural = lazy(() => new Intl.PluralRules(tag));
  const date = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "Asia/Baku" }));
  const dateTime = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Baku" }));
  const time = lazy(() => new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Baku" }));
  const dayMonth = lazy(() => new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", timeZone: "UTC" }));
  const month = lazy(() => new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" }));
  const weekday = lazy(() => new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" }));
  return {
    money: (qepik) => money().format(qepik / 100),
    number: (value, digits) => numberFormat(digits).format(value),
    percent: (ratio) => percent().format(ratio),
    pluralCategory: (count) => plural().select(count),
    date: (value) => date().format(toDate(value)),
    dateTime: (value) => dateTime().format(toDate(value)),
    time: (value) => time().format(toDate(value)),
    dayMonth: (day) => dayMonth().format(new Date(`${day}T00:00:00Z`)),
    month: (m) => month().format(new Date(Date.UTC(2026, m - 1, 1))),
    // 2024-01-01 was a Monday.
    weekday: (isoDay) => weekday().format(new Date(Date.UTC(2024, 0, isoDay))),
    hours: (minutes) => durationTemplate.replace("{hours}", numberFormat().format(Math.round((minutes / 60) * 10) / 10)),
  };
}

const DURATION_KEY = "format.hours";
const DEFAULT_DURATION = "{hours} h";

/**
 * Formatters are safe to share: one per language and message object, built on first use.
 */
const cache = new WeakMap<object, Partial<Record<FormatLocale, Formatter>>>();
const NO_MESSAGES = {};

export function getFormatter(locale: FormatLocale, messages: Record<string, string> = NO_MESSAGES): Formatter {
  let byLocale = cache.get(messages);
  if (!byLocale) {
    byLocale = {};
    cache.set(messages, byLocale);
  }
  let formatter = byLocale[locale];
  if (!formatter) {
    const duration = messages[DURATION_KEY] ?? DEFAULT_DURATION;
    formatter = locale === "az" ? azFormatter(messages, duration) : intlFormatter(locale, duration);
    byLocale[locale] = formatter;
  }
  return formatter;
}
