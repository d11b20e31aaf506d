import { messagesByLocale } from "~/locales/index.server";
import { languageCookie } from "./cookies.server";
import { createTranslator, DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, type Locale } from "./i18n";

const localeByRequest = new WeakMap<Request, Promise<Locale>>();

/** `?lang=` first, then the remembered cookie, then Accept-Language, then Azerbaijani. */
export function getLocale(request: Request): Promise<Locale> {
  let pending = localeByRequest.get(request);
  if (!pending) {
    pending = (async () => {
      const fromQuery = new URL(request.url).searchParams.get("lang");
      if (isLocale(fromQuery)) return fromQuery;
      const fromCookie = await languageCookie().parse(request.headers.get("Cookie"));
      if (isLocale(fromCookie)) return fromCookie;
      return localeFromAcceptLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LOCALE;
    })();
    localeByRequest.set(request, pending);
  }
  return pending;
}

/** A Set-Cookie value when the request switches language with `?lang=`, else null. */
export async function languageCookieHeader(request: Request): Promise<string | null> {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  if (!isLocale(fromQuery)) return null;
  const current = await languageCookie().parse(request.headers.get("Cookie"));
  return current === fromQuery ? null : languageCookie().serialize(fromQuery);
}

export async function getTranslator(request: Request) {
  const locale = await getLocale(request);
  return createTranslator(locale, messagesByLocale[locale]);
}

export function translatorFor(locale: Locale) {
  return createTranslator(locale, messagesByLocale[locale]);
}
