import type { Locale } from "~/utils/i18n";

type Named = { nameAz: string; nameEn: string; nameRu: string };
type Hours = { hoursAz: string; hoursEn: string; hoursRu: string };

/** A centre's name in the page's language (every centre has all three). */
export function centreName(centre: Named, locale: Locale): string {
  return locale === "en" ? centre.nameEn : locale === "ru" ? centre.nameRu : centre.nameAz;
}

/** Opening hours in the page's language, or the Azerbaijani ones when not translated. */
export function centreHours(centre: Hours, locale: Locale): string {
  return (locale === "en" ? centre.hoursEn : locale === "ru" ? centre.hoursRu : "") || centre.hoursAz;
}
