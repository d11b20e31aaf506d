import { useContext, useEffect, useMemo, useSyncExternalStore } from "react";
import { useRouteLoaderData } from "@remix-run/react";
import { CatalogueContext } from "~/locales/catalogues";
import { createTranslator, DEFAULT_LOCALE, type Translator } from "./i18n";
import type { loader as rootLoader } from "~/root";

/** Root data for any component, including error boundaries (where it may be missing). */
export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>("root");
}

export function useTranslator(): Translator {
  const locale = useRootData()?.locale ?? DEFAULT_LOCALE;
  const store = useContext(CatalogueContext);
  const catalogues = useSyncExternalStore(store.subscribe, store.current, store.current);
  const loaded = catalogues[locale];
  // A language switched without a page load: its file is fetched, and until it arrives the page
  // keeps the language it had rather than showing message keys.
  useEffect(() => {
    if (!loaded) void store.load(locale);
  }, [loaded, locale, store]);
  const messages = loaded ?? Object.values(catalogues)[0];
  return useMemo(() => createTranslator(locale, messages ?? {}), [locale, messages]);
}
