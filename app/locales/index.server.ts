import type { Locale } from "~/utils/i18n";
import type { MessageKey, Messages } from "./types";
import { az } from "./az";
import { en } from "./en";
import { ru } from "./ru";

export const messagesByLocale: Record<Locale, Messages> = { az, en, ru };

/** Whether a string the compiler cannot see into (a zod issue's message) is a message key. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}
