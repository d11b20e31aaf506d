import { messagesByLocale } from "~/locales/index.server";
import { createTranslator, type Locale } from "~/utils/i18n";

/** A due date as the producer reads it in a mail, in their language (Baku time). */
export function formatDateFor(date: Date, locale: Locale) {
  return createTranslator(locale, messagesByLocale[locale]).date(date);
}
