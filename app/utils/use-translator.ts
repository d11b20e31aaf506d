import { useMemo } from "react";
import { useRouteLoaderData } from "@remix-run/react";
import { createTranslator, DEFAULT_LOCALE, type Translator } from "./i18n";
import type { loader as rootLoader } from "~/root";

/** Root data for any component, including error boundaries (where it may be missing). */
export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>("root");
}

export function useTranslator(): Translator {
  const data = useRootData();
  return useMemo(() => createTranslator(data?.locale ?? DEFAULT_LOCALE, data?.messages ?? {}), [data?.locale, data?.messages]);
}
