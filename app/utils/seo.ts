import type { MetaDescriptor } from "@remix-run/node";
import { LOCALES, type Locale } from "./i18n";
import { isOneOf } from "~/utils/one-of";

type SeoInput = {
  title: string;
  description: string;
  /** the public origin (publicOrigin(), from APP_URL) */
  origin: string;
  path: string;
  locale: Locale;
  /** the language named in the address (?lang=), if any: that language version's own URL is canonical */
  langParam: Locale | null;
  image?: string | null;
  type?: "website" | "product" | "profile";
};

/**
 * Title, description, Open Graph, canonical and hreflang alternates for a public page. Each
 * language version (`?lang=az|en|ru`) is its own canonical URL and hreflang entry; the address
 * without `?lang` picks the language from the cookie or Accept-Language, so it is the x-default
 * entry and its own canonical too. A canonical never points at another hreflang entry.
 */
export function seoMeta(input: SeoInput): MetaDescriptor[] {
  const base = `${input.origin}${input.path}`;
  const withLang = (lang: Locale) => `${base}${input.path.includes("?") ? "&" : "?"}lang=${lang}`;
  const url = input.langParam ? withLang(input.langParam) : base;
  const meta: MetaDescriptor[] = [
    { title: input.title },
    { name: "description", content: input.description.slice(0, 300) },
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description.slice(0, 300) },
    { property: "og:type", content: input.type ?? "website" },
    { property: "og:url", content: url },
    { property: "og:locale", content: { az: "az_AZ", en: "en_GB", ru: "ru_RU" }[input.locale] },
    { tagName: "link", rel: "canonical", href: url },
    ...LOCALES.map((lang) => ({ tagName: "link", rel: "alternate", hrefLang: lang, href: withLang(lang) })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: base },
  ];
  if (input.image) meta.push({ property: "og:image", content: `${input.origin}${input.image}` });
  return meta;
}

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

/** The language the address names with ?lang=, if it is one of ours. */
export function langParamOf(request: Request): Locale | null {
  const lang = new URL(request.url).searchParams.get("lang");
  return lang && isOneOf(LOCALES, lang) ? lang : null;
}
