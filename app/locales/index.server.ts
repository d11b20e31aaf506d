import type { Locale } from "~/utils/i18n";
import type { Messages } from "./types";
import { az } from "./az";
import { en } from "./en";
import { ru } from "./ru";

export const messagesByLocale: Record<Locale, Messages> = { az, en, ru };
