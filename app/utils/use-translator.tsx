import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { useRouteLoaderData } from "@remix-run/react";
import { CatalogueContext } from "~/locales/catalogues";
import { createTranslator, DEFAULT_LOCALE, type Translator } from "./i18n";
import type { loader as rootLoader } from "~/root";

/** Root data for any component, including error boundaries (where it may be missing). */
export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>("root");
}

const TranslatorContext = createContext<Translator>(createTranslator(DEFAULT_LOCALE, {}));

/**
 * The page's one translator, for every component under it. Components read it from this context
 * rather than from the router's state, so a router update (a navigation starting, routes
 * discovered after hydration) re-renders only what changed, not every component with a string.
 */
export function TranslatorProvider({ locale, children }: { locale: Translator["locale"]; children: ReactNode }) {
  const store = useContext(CatalogueContext);
  const catalogues = useSyncExternalStore(store.subscribe, store.current, store.current);
  const loaded = catalogues[locale];
  // A language switched without a page load: its file is fetched, and until it arrives the page
  // keeps the language it had rather than showing message keys.
  useEffect(() => {
    if (!loaded) void store.load(locale);
  }, [loaded, locale, store]);
  const messages = loaded ?? Object.values(catalogues)[0];
  const translator = useMemo(() => createTranslator(locale, messages ?? {}), [locale, messages]);
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
