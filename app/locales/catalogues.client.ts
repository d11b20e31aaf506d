import type { Locale } from "~/utils/i18n";
import type { CatalogueStore, Catalogues } from "./catalogues";
import type { Messages } from "./types";

const IMPORTS: Record<Locale, () => Promise<Messages>> = {
  az: () => import("./az").then((m) => m.az),
  en: () => import("./en").then((m) => m.en),
  ru: () => import("./ru").then((m) => m.ru),
};

/** The browser's catalogue store: each language's file is imported once, on first need. */
export function browserCatalogueStore(): CatalogueStore {
  let catalogues: Catalogues = {};
  const pending = new Map<Locale, Promise<void>>();
  const listeners = new Set<() => void>();
  return {
    current: () => catalogues,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    load(locale) {
      let loading = pending.get(locale);
      if (!loading) {
        loading = IMPORTS[locale]().then((messages) => {
          catalogues = { ...catalogues, [locale]: messages };
          listeners.forEach((notify) => notify());
        });
        pending.set(locale, loading);
      }
      return loading;
    },
  };
}
