import type { Locale } from "~/utils/i18n";
import { AREA_PREFIXES, isStorefrontPath } from "./areas";
import type { Messages } from "./types";
import { az } from "./az";
import { en } from "./en";
import { ru } from "./ru";

export const messagesByLocale: Record<Locale, Messages> = { az, en, ru };

const storefrontMessages = new Map<Locale, Messages>();

/** The strings a page at this path can show (sent once with the root loader, so kept small). */
export function messagesForPath(locale: Locale, pathname: string): Messages {
  if (!isStorefrontPath(pathname)) return messagesByLocale[locale];
  let subset = storefrontMessages.get(locale);
  if (!subset) {
    subset = Object.fromEntries(
      Object.entries(messagesByLocale[locale]).filter(([key]) => !AREA_PREFIXES.some((prefix) => key.startsWith(prefix))),
    ) as Messages;
    storefrontMessages.set(locale, subset);
  }
  return subset;
}
