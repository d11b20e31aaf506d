import { DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n";

/**
 * The language a mail goes out in: the one the recipient's account chose, else the language of
 * the page that caused the mail (a reset asked from an English page arrives in English), else
 * Azerbaijani.
 */
export function recipientLocale(accountLocale: string | null | undefined, pageLocale?: string | null): Locale {
  if (isLocale(accountLocale)) return accountLocale;
  if (isLocale(pageLocale)) return pageLocale;
  return DEFAULT_LOCALE;
}
