import type { MessageKey, Messages } from "~/locales/types";

export const LOCALES = ["az", "en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "az";

export const LOCALE_NAMES: Record<Locale, string> = { az: "Azərbaycanca", en: "English", ru: "Русский" };

/** BCP 47 tags for Intl, so formats are the same on server and client. */
const INTL_TAG: Record<Locale, string> = { az: "az-Latn-AZ", en: "en-GB", ru: "ru-RU" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export type TranslateVars = Record<string, string | number>;

export type Translator = {
  locale: Locale;
  t: (key: MessageKey, vars?: TranslateVars) => string;
  /** Picks `${key}.one|few|many|other` by the language's plural rules; `count` is passed as a variable. */
  plural: (key: string, count: number, vars?: TranslateVars) => string;
  money: (qepik: number) => string;
  number: (value: number) => string;
  date: (value: Date | string) => string;
  dateTime: (value: Date | string) => string;
  month: (month: number) => string;
};

function interpolate(template: string, vars?: TranslateVars) {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Intl objects are costly to build and safe to share: one set per language, made on first use. */
type Formats = {
  money: Intl.NumberFormat;
  number: Intl.NumberFormat;
  plural: Intl.PluralRules;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
};
const formatsByLocale = new Map<Locale, Formats>();
function formats(locale: Locale): Formats {
  let set = formatsByLocale.get(locale);
  if (!set) {
    const tag = INTL_TAG[locale];
    set = {
      money: new Intl.NumberFormat(tag, { style: "currency", currency: "AZN", currencyDisplay: "narrowSymbol" }),
      number: new Intl.NumberFormat(tag),
      plural: new Intl.PluralRules(tag),
      date: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "Asia/Baku" }),
      dateTime: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Baku" }),
      month: new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" }),
    };
    formatsByLocale.set(locale, set);
  }
  return set;
}

/** Formats integer qəpik as AZN, e.g. 1250 → "12,50 ₼" in Azerbaijani. */
export function formatMoney(qepik: number, locale: Locale): string {
  return formats(locale).money.format(qepik / 100);
}

export function createTranslator(locale: Locale, messages: Partial<Messages>): Translator {
  const f = formats(locale);
  const lookup = (key: string) => (messages as Record<string, string>)[key] ?? key;
  const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);
  return {
    locale,
    t: (key, vars) => interpolate(lookup(key), vars),
    plural: (key, count, vars) => {
      const form = `${key}.${f.plural.select(count)}`;
      const dict = messages as Record<string, string>;
      const template = dict[form] ?? dict[`${key}.other`] ?? key;
      return interpolate(template, { count: f.number.format(count), ...vars });
    },
    money: (qepik) => f.money.format(qepik / 100),
    number: (value) => f.number.format(value),
    date: (value) => f.date.format(toDate(value)),
    dateTime: (value) => f.dateTime.format(toDate(value)),
    month: (month) => f.month.format(new Date(Date.UTC(2026, month - 1, 1))),
  };
}

/** A translated database field: `pickLocalized(product, "title", "en")` reads titleEn, falling back to titleAz. */
export function pickLocalized<F extends string>(
  record: { [K in `${F}Az` | `${F}En` | `${F}Ru`]?: string | null },
  field: F,
  locale: Locale,
): string {
  const suffix = locale === "az" ? "Az" : locale === "en" ? "En" : "Ru";
  const value = record[`${field}${suffix}` as `${F}Az`];
  return value && value.trim() ? value : (record[`${field}Az` as `${F}Az`] ?? "");
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
  return ranked.find((entry) => isLocale(entry.lang))?.lang as Locale | undefined ?? null;
}
