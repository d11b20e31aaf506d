import cyrillic from "@fontsource/geologica/files/geologica-cyrillic-600-normal.woff2?url";
import latinExt from "@fontsource/geologica/files/geologica-latin-ext-600-normal.woff2?url";
import latin from "@fontsource/geologica/files/geologica-latin-600-normal.woff2?url";
import type { Locale } from "~/utils/i18n";

/**
 * The Geologica subsets the first screen needs in each language, preloaded so the headings are
 * drawn in it at once (the same files app/styles/identity.css declares). Azerbaijani needs
 * latin-ext for ə, ş, ğ, İ and the manat sign; Russian the Cyrillic file; English only latin.
 */
const FIRST_SCREEN: Record<Locale, string[]> = {
  az: [latin, latinExt],
  en: [latin],
  ru: [latin, cyrillic],
};

export function fontPreloads(locale: Locale) {
  return FIRST_SCREEN[locale];
}
