import { createContext } from "react";
import type { Locale } from "~/utils/i18n";
import type { Messages } from "./types";

export type Catalogues = Partial<Record<Locale, Messages>>;

/**
 * Where components read the strings from. The server holds all three languages; the browser
 * loads one language's file (a long-cached script) before hydrating and another only when the
 * language changes, so the strings never travel inside each page's HTML.
 */
export type CatalogueStore = {
  /** The same object until a language is added, so it can serve as a snapshot. */
  current: () => Catalogues;
  subscribe: (onChange: () => void) => () => void;
  load: (locale: Locale) => Promise<void>;
};

export function fixedCatalogueStore(catalogues: Catalogues): CatalogueStore {
  return { current: () => catalogues, subscribe: () => () => {}, load: async () => {} };
}

export const CatalogueContext = createContext<CatalogueStore>(fixedCatalogueStore({}));
