import type { MessageKey, Messages } from "~/locales/types";
import { getFormatter } from "./format";
import { isOneOf } from "./one-of";

export const LOCALES = ["az", "en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "az";

export const LOCALE_NAMES: Record<Locale, string> = { az: "Azərbaycanca", en: "English", ru: "Русский" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && isOneOf(LOCALES, value);
}

export type TranslateVars = Record<string, string | number>;

export type Translator = {
  locale: Locale;
  t: (key: MessageKey, vars?: TranslateVars) => string;
  /** Whether a string from outside the compiler's sight (a zod message, a thrown response's detail) is a key of this catalogue. */
  has: (key: string) => key is MessageKey;
  /** Picks `${key}.one|few|many|other` by the language's plural rules; `count` is passed as a variable. */
  plural: (key: string, count: number, vars?: TranslateVars) => string;
  money: (qepik: number) => string;
  number: (value: number, fractionDigits?: number) => string;
  percent: (ratio: number) => string;
  date: (value: Date | string) => string;
  dateTime: (value: Date | string) => string;
  time: (value: Date | string) => string;
  /** a calendar day `YYYY-MM-DD` as "5 dek" */
  dayMonth: (day: string) => string;
  month: (month: number) => string;
  /** ISO weekday, 1 = Monday */
  weekday: (isoDay: number) => string;
  /** a duration in minutes as hours: "2,5 saat" */
  hours: (minutes: number) => string;
};

function interpolate(template: string, vars?: TranslateVars) {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Formats integer qəpik as AZN, e.g. 1250 → "12,50 ₼" in Azerbaijani. */
export function formatMoney(qepik: number, locale: Locale): string {
  return getFormatter(locale).money(qepik);
}

export function createTranslator(locale: Locale, messages: Partial<Messages>): Translator {
  const dict = messages as Record<string, string>;
  const f = getFormatter(locale, dict);
  const lookup = (key: string) => dict[key] ?? key;
  return {
    locale,
    t: (key, vars) => interpolate(lookup(key), vars),
    has: (key): key is MessageKey => Object.hasOwn(dict, key),
    plural: (key, count, vars) => {
      const form = `${key}.${f.pluralCategory(count)}`;
      const template = dict[form] ?? dict[`${key}.other`] ?? key;
      return interpolate(template, { count: f.number(count), ...vars });
    },
    money: f.money,
    number: f.number,
    percent: f.percent,
    date: f.date,
    dateTime: f.dateTime,
    time: f.time,
    dayMonth: f.dayMonth,
    month: f.month,
    weekday: f.weekday,
    hours: f.hours,
  };
}

/** A translated database field: `pickLocalized(product, "title", "en")` reads titleEn, falling back to titleAz. */
export function pickLocalized<F extends string>(record: { [K in `${F}Az` | `${F}En` | `${F}Ru`]?: string | null }, field: F, locale: Locale): string {
  const suffix = locale === "az" ? "Az" : locale === "en" ? "En" : "Ru";
  const value = record[`${field}${suffix}` as `${F}Az`];
  return value && value.trim() ? value : (record[`${field}Az`] ?? "");
}

/** Reads the preferred supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked.find((entry) => isLocale(entry.lang))?.lang as Locale | undefined) ?? null;
}
