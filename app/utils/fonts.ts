import cyrillic from "@fontsource/geologica/files/geologica-cyrillic-600-normal.woff2?url";
import latinExt from "@fontsource/geologica/files/geologica-latin-ext-600-normal.woff2?url";
import latin from "@fontsource/geologica/files/geologica-latin-600-normal.woff2?url";
import type { Locale } from "~/utils/i18n";

/**
 * The Geologica subsets the first screen needs in each language, preloaded so the headings are
 * drawn in it at once (the same files app/styles/identity.css declares). Every language needs
 * latin-ext: the families', places' and products' names are Azerbaijani (ə, ş, ğ, İ) and every
 * price has the manat sign; Russian adds the Cyrillic file. A subset left to be found by layout
 * starts late and, on a slow phone, delays the first screen's largest picture.
 */
const FIRST_SCREEN: Record<Locale, string[]> = {
  az: [latin, latinExt],
  en: [latin, latinExt],
  ru: [latin, latinExt, cyrillic],
};

export function fontPreloads(locale: Locale) {
  return FIRST_SCREEN[locale];
}
